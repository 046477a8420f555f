import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { users } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { findUserById } from './accounts.ts';
import type { Actor } from './authenticate.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords.ts';
import { revokeOtherSessions } from './sessions.ts';

/** Keeps the current session and ends all others, which may be the reason for the change. */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  source: AuditSource,
): Promise<void> {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw problem(422, 'wrong_password', 'The current password is not correct.', {
      errors: [{ path: 'currentPassword', message: 'Not correct' }],
    });
  }
  assertStrongPassword(input.newPassword, [user.email, user.name]);
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.now();
  await withTransaction(ctx.db, async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: now })
      .where(eq(users.id, user.id));
    await revokeOtherSessions(tx, user.id, actor.sessionId, 'password_changed', now);
    await ctx.audit.record(tx, {
      ...source,
      action: 'auth.password_changed',
      entity: 'user',
      entityId: user.id,
      outcome: 'success',
    });
  });
}
