import { eq } from 'drizzle-orm';
import type { CurrentUser, SecurityPolicy } from '../../../shared/auth.ts';
import type { AppContext } from '../../context.ts';
import { securityPolicy } from '../../db/schema.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { findUserById } from './accounts.ts';
import type { Actor } from './authenticate.ts';

export async function currentUser(ctx: AppContext, actor: Actor): Promise<CurrentUser> {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) throw problem(401, 'unauthenticated', 'Log in to continue.');
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    name: user.name,
    emailVerified: user.emailVerifiedAt !== null,
    twoFactorEnabled: user.totpEnabledAt !== null,
    twoFactorEnrollmentRequired: actor.twoFactorEnrollmentRequired,
    ...(user.patientId ? { patientId: user.patientId } : {}),
  };
}

export async function getSecurityPolicy(ctx: AppContext): Promise<SecurityPolicy> {
  const [row] = await ctx.db.select().from(securityPolicy).where(eq(securityPolicy.id, 1));
  return { requireStaffTwoFactor: row?.requireStaffTwoFactor ?? false };
}

export async function updateSecurityPolicy(
  ctx: AppContext,
  actor: Actor,
  input: SecurityPolicy,
  source: AuditSource,
) {
  // Requiring 2FA without having it would lock this admin out of everything but enrolment.
  if (input.requireStaffTwoFactor) {
    const user = await findUserById(ctx.db, actor.userId);
    if (user?.totpEnabledAt === null) {
      throw problem(
        422,
        'enroll_two_factor_first',
        'Set up two-factor authentication on your own account first.',
      );
    }
  }
  await ctx.db
    .update(securityPolicy)
    .set({ requireStaffTwoFactor: input.requireStaffTwoFactor, updatedAt: ctx.now() })
    .where(eq(securityPolicy.id, 1));
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'security.policy_updated',
    entity: 'security_policy',
    outcome: 'success',
    detail: { ...input },
  });
  return getSecurityPolicy(ctx);
}
