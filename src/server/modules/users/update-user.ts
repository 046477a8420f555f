import { and, count, eq, ne } from 'drizzle-orm';
import type { UpdateUserInput } from '../../../shared/users.ts';
import type { AppContext } from '../../context.ts';
import { users } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { withTransaction } from '../../db/transaction.ts';
import { notFound, problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { revokeAllSessions } from '../auth/sessions.ts';
import { clearTwoFactor } from '../auth/two-factor.ts';
import { toUser } from './user-view.ts';

async function findStaffForUpdate(tx: Tx, id: string) {
  const [user] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, id), ne(users.role, 'patient')))
    .for('update');
  if (!user) throw notFound('No such user.');
  return user;
}

async function otherActiveAdmins(tx: Tx, exceptId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, exceptId)));
  return row?.n ?? 0;
}

/** Renames, changes role or (de)activates. Deactivating ends the person's sessions at once. */
export async function updateUser(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
  source: AuditSource,
) {
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const user = await findStaffForUpdate(tx, id);
    const losesAdmin =
      user.role === 'admin' &&
      ((input.role !== undefined && input.role !== 'admin') || input.active === false);
    if (losesAdmin && (await otherActiveAdmins(tx, user.id)) === 0) {
      throw problem(422, 'last_admin', 'The clinic must keep at least one active administrator.');
    }
    if (user.id === actor.userId && input.active === false) {
      throw problem(422, 'cannot_deactivate_self', 'You cannot deactivate your own account.');
    }
    const [updated] = await tx
      .update(users)
      .set({ ...input, updatedAt: now })
      .where(eq(users.id, user.id))
      .returning();
    if (!updated) throw notFound('No such user.');
    if (input.active === false || (input.role !== undefined && input.role !== user.role)) {
      await revokeAllSessions(tx, user.id, input.active === false ? 'deactivated' : 'role_changed', now);
    }
    await ctx.audit.record(tx, {
      ...source,
      action: 'users.update',
      entity: 'user',
      entityId: user.id,
      outcome: 'success',
      detail: { ...input },
    });
    return toUser(updated);
  });
}

/** For a staff member who lost their phone: they enrol again at their next login if required. */
export async function resetTwoFactor(ctx: AppContext, id: string, source: AuditSource): Promise<void> {
  const now = ctx.now();
  await withTransaction(ctx.db, async (tx) => {
    const user = await findStaffForUpdate(tx, id);
    await clearTwoFactor(tx, user.id, now);
    await revokeAllSessions(tx, user.id, 'two_factor_reset', now);
    await ctx.audit.record(tx, {
      ...source,
      action: 'users.reset_two_factor',
      entity: 'user',
      entityId: user.id,
      outcome: 'success',
    });
  });
}
