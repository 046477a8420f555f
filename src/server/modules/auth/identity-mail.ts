import type { Role } from '../../../shared/permissions.ts';
import type { AppContext } from '../../context.ts';
import { invitationMail, passwordResetMail, verifyEmailMail } from '../mail/templates.ts';
import { tokenLifetimeMinutes } from './user-tokens.ts';

type Recipient = { email: string; name: string };

function link(ctx: AppContext, page: string, token: string): string {
  return `${ctx.config.publicUrl.replace(/\/$/, '')}/${page}?token=${encodeURIComponent(token)}`;
}

// The account change has already committed; a mail that fails to leave must not undo it or
// fail the request — the user can ask again (resend, reset), and the failure is logged.
async function deliver(
  ctx: AppContext,
  to: string,
  message: { subject: string; text: string; html: string },
) {
  try {
    await ctx.mailer.send({ to, ...message });
  } catch (error) {
    ctx.log.error(
      { kind: (error as Error).name, subject: message.subject },
      'identity mail could not be sent',
    );
  }
}

export function sendVerificationMail(ctx: AppContext, to: Recipient, token: string) {
  return deliver(ctx, to.email, verifyEmailMail({ name: to.name, link: link(ctx, 'verify-email', token) }));
}

export function sendPasswordResetMail(ctx: AppContext, to: Recipient, token: string) {
  return deliver(
    ctx,
    to.email,
    passwordResetMail({
      name: to.name,
      link: link(ctx, 'reset-password', token),
      expiresInMinutes: tokenLifetimeMinutes.password_reset,
    }),
  );
}

export function sendInvitationMail(
  ctx: AppContext,
  to: Recipient & { role: Role },
  inviterName: string,
  token: string,
) {
  return deliver(
    ctx,
    to.email,
    invitationMail({
      name: to.name,
      inviterName,
      role: to.role,
      link: link(ctx, 'accept-invitation', token),
    }),
  );
}
