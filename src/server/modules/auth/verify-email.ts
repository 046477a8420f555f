import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { users } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { findUserByEmail } from './accounts.ts';
import { runAfterAnswer } from './after-answer.ts';
import { sendVerificationMail } from './identity-mail.ts';
import { takeAttempt } from './login-throttle.ts';
import { consumeUserToken, issueUserToken } from './user-tokens.ts';

export async function verifyEmail(ctx: AppContext, token: string, source: AuditSource): Promise<void> {
  const now = ctx.now();
  await withTransaction(ctx.db, async (tx) => {
    const userId = await consumeUserToken(tx, token, 'verify_email', now);
    if (!userId)
      throw problem(422, 'invalid_token', 'This link is invalid or has expired. Ask for a new one.');
    await tx
      .update(users)
      .set({ emailVerifiedAt: now, updatedAt: now })
      .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
    await ctx.audit.record(tx, {
      ...source,
      actorId: userId,
      action: 'auth.verify_email',
      entity: 'user',
      entityId: userId,
      outcome: 'success',
    });
  });
}

/**
 * Always accepted, alike and as fast, whether or not the address has an unverified account
 * (no enumeration): the account is looked up and mailed after the answer.
 */
export async function resendVerification(ctx: AppContext, email: string, source: AuditSource): Promise<void> {
  const now = ctx.now();
  const key = { kind: 'verify_resend' as const, email, ip: source.ip ?? 'unknown' };
  await takeAttempt(ctx.db, key, now);
  runAfterAnswer(ctx, 'verification_mail', async () => {
    const user = await findUserByEmail(ctx.db, email);
    if (!user?.active || user.emailVerifiedAt !== null) return;
    const token = await issueUserToken(ctx.db, user.id, 'verify_email', now);
    await sendVerificationMail(ctx, user, token);
  });
}
