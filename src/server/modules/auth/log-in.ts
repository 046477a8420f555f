import { eq } from 'drizzle-orm';
import type { AccessGrant, LoginInput } from '../../../shared/auth.ts';
import type { AppContext } from '../../context.ts';
import { users } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { accessGrant, findUserByEmail, type UserRow } from './accounts.ts';
import { forgiveAttempt, takeAttempt } from './login-throttle.ts';
import { verifyPassword } from './passwords.ts';
import { spendRecoveryCode } from './recovery-codes.ts';
import { unseal } from './secret-box.ts';
import { startSession } from './sessions.ts';
import { verifyTotp } from './totp.ts';

export type LogInResult = { grant: AccessGrant; refreshToken: string };

// One answer for an unknown email, a wrong password and a deactivated account.
const wrongCredentials = () => problem(401, 'unauthenticated', 'Email or password is incorrect.');

export async function logIn(ctx: AppContext, input: LoginInput, source: AuditSource): Promise<LogInResult> {
  const now = ctx.now();
  const throttleKey = { kind: 'login' as const, email: input.email, ip: source.ip ?? 'unknown' };
  // Counted before the password is verified, so that parallel guesses cannot outrun the count.
  await takeAttempt(ctx.db, throttleKey, now);

  const user = await findUserByEmail(ctx.db, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const fail = async (reason: string, error: Error): Promise<never> => {
    await ctx.audit.record(ctx.db, {
      ...source,
      action: 'auth.login',
      entity: 'user',
      entityId: user?.id ?? null,
      outcome: 'failure',
      detail: { reason },
    });
    throw error;
  };
  if (!user || !passwordOk) return fail(user ? 'wrong_password' : 'unknown_email', wrongCredentials());
  if (!user.active) return fail('inactive', wrongCredentials());
  if (user.role === 'patient' && user.emailVerifiedAt === null) {
    await forgiveAttempt(ctx.db, throttleKey);
    throw problem(
      403,
      'email_not_verified',
      'Confirm your email address first: follow the link we sent you.',
    );
  }
  if (user.totpEnabledAt !== null) {
    if (!input.totp) {
      // The first step of a two-factor login, with the right password: not a guess.
      await forgiveAttempt(ctx.db, throttleKey);
      throw problem(401, 'totp_required', 'Enter the code from your authenticator app.');
    }
    if (!(await secondFactorAccepted(ctx, user, input.totp, now))) {
      return fail(
        'wrong_totp',
        problem(401, 'totp_required', 'That code is not valid. Try the current one.'),
      );
    }
  }

  await forgiveAttempt(ctx.db, throttleKey);
  return withTransaction(ctx.db, async (tx) => {
    const session = await startSession(tx, user.id, source, now);
    await ctx.audit.record(tx, {
      ...source,
      actorId: user.id,
      actorRole: user.role,
      action: 'auth.login',
      entity: 'user',
      entityId: user.id,
      outcome: 'success',
    });
    return {
      grant: await accessGrant({ ...ctx, db: tx }, user, session.sessionId),
      refreshToken: session.refreshToken,
    };
  });
}

async function secondFactorAccepted(
  ctx: AppContext,
  user: UserRow,
  code: string,
  now: Date,
): Promise<boolean> {
  if (user.totpSecret === null) return false;
  const step = await verifyTotp(unseal(ctx.config.jwtSecret, user.totpSecret), code, now, user.totpLastStep);
  if (step !== undefined) {
    await ctx.db.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id));
    return true;
  }
  return spendRecoveryCode(ctx.db, user.id, code, now);
}
