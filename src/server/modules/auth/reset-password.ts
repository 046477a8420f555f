import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { users } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { findUserByEmail, findUserById } from './accounts.ts';
import { runAfterAnswer } from './after-answer.ts';
import { sendPasswordResetMail } from './identity-mail.ts';
import { takeAttempt } from './login-throttle.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import { revokeAllSessions } from './sessions.ts';
import { consumeUserToken, issueUserToken, type UserTokenPurpose } from './user-tokens.ts';

/**
 * Answers the same, as fast, whether or not the email has an account: only the throttle is
 * counted before the answer; looking the account up and mailing a real one come after.
 */
export async function requestPasswordReset(
  ctx: AppContext,
  email: string,
  source: AuditSource,
): Promise<void> {
  const now = ctx.now();
  const key = { kind: 'password_reset' as const, email, ip: source.ip ?? 'unknown' };
  await takeAttempt(ctx.db, key, now);
  runAfterAnswer(ctx, 'password_reset_mail', () => mailPasswordReset(ctx, email, source, now));
}

async function mailPasswordReset(
  ctx: AppContext,
  email: string,
  source: AuditSource,
  now: Date,
): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user?.active) return;
  const token = await issueUserToken(ctx.db, user.id, 'password_reset', now);
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'auth.password_reset_requested',
    entity: 'user',
    entityId: user.id,
    outcome: 'success',
  });
  await sendPasswordResetMail(ctx, user, token);
}

/**
 * Sets a new password with a mailed token (reset or invitation). The token is single-use,
 * and every existing session ends: whoever had the old password is logged out.
 */
export async function setPasswordWithToken(
  ctx: AppContext,
  purpose: Extract<UserTokenPurpose, 'password_reset' | 'invitation'>,
  token: string,
  password: string,
  source: AuditSource,
): Promise<void> {
  const now = ctx.now();
  await withTransaction(ctx.db, async (tx) => {
    const userId = await consumeUserToken(tx, token, purpose, now);
    const user = userId ? await findUserById(tx, userId) : undefined;
    if (!user?.active)
      throw problem(422, 'invalid_token', 'This link is invalid or has expired. Ask for a new one.');
    assertStrongPassword(password, [user.email, user.name]);
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(password),
        // Receiving the mailed link proves the address.
        emailVerifiedAt: user.emailVerifiedAt ?? now,
        // A password the user chose themself replaces a printed one.
        mustChangePassword: false,
        updatedAt: now,
      })
      .where(eq(users.id, user.id));
    await revokeAllSessions(tx, user.id, purpose, now);
    await ctx.audit.record(tx, {
      ...source,
      actorId: user.id,
      actorRole: user.role,
      action: purpose === 'invitation' ? 'auth.invitation_accepted' : 'auth.password_reset',
      entity: 'user',
      entityId: user.id,
      outcome: 'success',
    });
  });
}
