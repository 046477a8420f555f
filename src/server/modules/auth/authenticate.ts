import { and, eq, isNull } from 'drizzle-orm';
import type { Role } from '../../../shared/permissions.ts';
import { isStaffRole } from '../../../shared/permissions.ts';
import type { AppContext } from '../../context.ts';
import { securityPolicy, sessions, users } from '../../db/schema.ts';
import { verifyAccessToken } from './access-token.ts';

export type Actor = {
  userId: string;
  role: Role;
  sessionId: string;
  email: string;
  name: string;
  patientId: string | null;
  twoFactorEnrollmentRequired: boolean;
};

/**
 * Who is calling. A token counts only while its user is active, its version current (bumped
 * on deactivation and password reset) and its session not logged out.
 */
export async function authenticate(
  ctx: AppContext,
  authorization: string | undefined,
): Promise<Actor | null> {
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? '');
  if (!match?.[1]) return null;
  const claims = await verifyAccessToken(ctx.config.jwtSecret, match[1], ctx.now());
  if (!claims) return null;
  const [row] = await ctx.db
    .select({
      user: users,
      requireStaffTwoFactor: securityPolicy.requireStaffTwoFactor,
    })
    .from(users)
    .innerJoin(
      sessions,
      and(eq(sessions.id, claims.sessionId), eq(sessions.userId, users.id), isNull(sessions.revokedAt)),
    )
    .innerJoin(securityPolicy, eq(securityPolicy.id, 1))
    .where(eq(users.id, claims.userId));
  if (!row?.user.active || row.user.tokenVersion !== claims.tokenVersion) return null;
  const { user } = row;
  return {
    userId: user.id,
    role: user.role,
    sessionId: claims.sessionId,
    email: user.email,
    name: user.name,
    patientId: user.patientId,
    twoFactorEnrollmentRequired: mustEnrollTwoFactor(
      user.role,
      user.totpEnabledAt,
      row.requireStaffTwoFactor,
    ),
  };
}

export function mustEnrollTwoFactor(
  role: Role,
  totpEnabledAt: Date | null,
  requireStaffTwoFactor: boolean,
): boolean {
  return requireStaffTwoFactor && isStaffRole(role) && totpEnabledAt === null;
}
