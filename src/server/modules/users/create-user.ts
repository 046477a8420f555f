import type { CreateUserInput } from '../../../shared/users.ts';
import type { AppContext } from '../../context.ts';
import { users } from '../../db/schema.ts';
import { sqlState, uniqueViolation } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { findUserByEmail } from '../auth/accounts.ts';
import type { Actor } from '../auth/authenticate.ts';
import { sendInvitationMail } from '../auth/identity-mail.ts';
import { assertStrongPassword, hashPassword } from '../auth/passwords.ts';
import { issueUserToken } from '../auth/user-tokens.ts';
import { toUser } from './user-view.ts';

/**
 * Creates a staff account. With a password it is usable at once; without one the person
 * gets an invitation link to choose their own, which is what a clinic should normally do.
 */
export async function createUser(ctx: AppContext, actor: Actor, input: CreateUserInput, source: AuditSource) {
  if (await findUserByEmail(ctx.db, input.email)) {
    throw problem(409, 'conflict', 'An account with this email already exists.', {
      errors: [{ path: 'email', message: 'Already in use' }],
    });
  }
  if (input.password !== undefined) assertStrongPassword(input.password, [input.email, input.name]);
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const now = ctx.now();
  const { user, invitation } = await withTransaction(ctx.db, async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!user) throw new Error('user insert returned nothing');
    const invitation =
      passwordHash === null ? await issueUserToken(tx, user.id, 'invitation', now) : undefined;
    await ctx.audit.record(tx, {
      ...source,
      action: 'users.create',
      entity: 'user',
      entityId: user.id,
      outcome: 'success',
      detail: { role: input.role, invited: invitation !== undefined },
    });
    return { user, invitation };
  }).catch((error: unknown) => {
    if (sqlState(error) === uniqueViolation) {
      throw problem(409, 'conflict', 'An account with this email already exists.');
    }
    throw error;
  });
  if (invitation) await sendInvitationMail(ctx, user, actor.name, invitation);
  return toUser(user);
}
