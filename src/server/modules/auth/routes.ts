import { z } from 'zod';
import {
  AcceptInvitationInput,
  AccessGrant,
  ChangePasswordInput,
  CurrentUser,
  EmailInput,
  LoginInput,
  PasswordResetConfirmInput,
  RecoveryCodes,
  RegisterInput,
  SecurityPolicy,
  SessionUser,
  TokenInput,
  TwoFactorCodeInput,
  TwoFactorSetup,
} from '../../../shared/auth.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { changePassword } from './change-password.ts';
import { currentUser, getSecurityPolicy, updateSecurityPolicy } from './current-user.ts';
import { logIn } from './log-in.ts';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie.ts';
import { logOut, refreshSession } from './refresh-session.ts';
import { registerPatient } from './register-patient.ts';
import { requestPasswordReset, setPasswordWithToken } from './reset-password.ts';
import { confirmTwoFactor, disableTwoFactor, startTwoFactorSetup } from './two-factor.ts';
import { resendVerification, verifyEmail } from './verify-email.ts';

const tags = ['auth'];
const publicRoute = { access: { public: true } } as const;
const Empty = z.null().describe('No content');

export const authRoutes: ApiModule = async (app, { ctx }) => {
  app.post(
    '/auth/register',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Patient sign-up',
        body: RegisterInput,
        response: {
          201: z.object({
            user: SessionUser,
            patient: z.object({
              id: z.uuid(),
              firstName: z.string(),
              lastName: z.string(),
              dateOfBirth: z.string(),
              email: z.string().nullable(),
              phone: z.string().nullable(),
            }),
          }),
          ...problemResponses(400, 409, 422),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await registerPatient(ctx, request.body, auditSource(request))),
  );

  app.post(
    '/auth/login',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Log in',
        body: LoginInput,
        response: { 200: AccessGrant, ...problemResponses(401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { grant, refreshToken } = await logIn(ctx, request.body, auditSource(request));
      setRefreshCookie(reply, ctx.config, refreshToken);
      return grant;
    },
  );

  app.post(
    '/auth/refresh',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'New access token from the refresh cookie',
        response: { 200: AccessGrant, ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      try {
        const { grant, refreshToken } = await refreshSession(
          ctx,
          readRefreshCookie(request),
          auditSource(request),
        );
        setRefreshCookie(reply, ctx.config, refreshToken);
        return grant;
      } catch (error) {
        clearRefreshCookie(reply, ctx.config);
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    { config: publicRoute, schema: { tags, summary: 'End this session', response: { 204: Empty } } },
    async (request, reply) => {
      await logOut(ctx, readRefreshCookie(request), request.actor?.sessionId);
      clearRefreshCookie(reply, ctx.config);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: { action: 'account.self' } },
      schema: { tags, summary: 'The current user', response: { 200: CurrentUser } },
    },
    (request) => currentUser(ctx, requireActor(request)),
  );

  app.post(
    '/auth/verify-email',
    {
      config: publicRoute,
      schema: { tags, body: TokenInput, response: { 204: Empty, ...problemResponses(422) } },
    },
    async (request, reply) => {
      await verifyEmail(ctx, request.body.token, auditSource(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/verify-email/resend',
    {
      config: publicRoute,
      schema: { tags, body: EmailInput, response: { 202: Empty, ...problemResponses(429) } },
    },
    async (request, reply) => {
      await resendVerification(ctx, request.body.email, auditSource(request));
      return reply.code(202).send(null);
    },
  );

  app.post(
    '/auth/password-reset/request',
    {
      config: publicRoute,
      schema: { tags, body: EmailInput, response: { 202: Empty, ...problemResponses(429) } },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body.email, auditSource(request));
      return reply.code(202).send(null);
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: publicRoute,
      schema: { tags, body: PasswordResetConfirmInput, response: { 204: Empty, ...problemResponses(422) } },
    },
    async (request, reply) => {
      await setPasswordWithToken(
        ctx,
        'password_reset',
        request.body.token,
        request.body.password,
        auditSource(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/invitation/accept',
    {
      config: publicRoute,
      schema: { tags, body: AcceptInvitationInput, response: { 204: Empty, ...problemResponses(422) } },
    },
    async (request, reply) => {
      await setPasswordWithToken(
        ctx,
        'invitation',
        request.body.token,
        request.body.password,
        auditSource(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: { action: 'account.self' } },
      schema: {
        tags,
        summary: 'Change my password',
        body: ChangePasswordInput,
        response: { 204: Empty, ...problemResponses(422) },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, requireActor(request), request.body, auditSource(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/2fa/setup',
    {
      config: { access: { action: 'account.two_factor' } },
      schema: {
        tags,
        summary: 'Start authenticator enrolment',
        response: { 200: TwoFactorSetup, ...problemResponses(409) },
      },
    },
    (request) => startTwoFactorSetup(ctx, requireActor(request)),
  );

  app.post(
    '/auth/2fa/confirm',
    {
      config: { access: { action: 'account.two_factor' } },
      schema: {
        tags,
        body: TwoFactorCodeInput,
        response: { 200: RecoveryCodes, ...problemResponses(409, 422) },
      },
    },
    (request) => confirmTwoFactor(ctx, requireActor(request), request.body.code, auditSource(request)),
  );

  app.post(
    '/auth/2fa/disable',
    {
      config: { access: { action: 'account.two_factor' } },
      schema: { tags, body: TwoFactorCodeInput, response: { 204: Empty, ...problemResponses(409, 422) } },
    },
    async (request, reply) => {
      await disableTwoFactor(ctx, requireActor(request), request.body.code, auditSource(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/security-policy',
    {
      config: { access: { action: 'security.manage' } },
      schema: { tags, response: { 200: SecurityPolicy } },
    },
    () => getSecurityPolicy(ctx),
  );

  app.put(
    '/security-policy',
    {
      config: { access: { action: 'security.manage' } },
      schema: { tags, body: SecurityPolicy, response: { 200: SecurityPolicy, ...problemResponses(400) } },
    },
    (request) => updateSecurityPolicy(ctx, requireActor(request), request.body, auditSource(request)),
  );
};
