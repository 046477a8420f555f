import type { AccessGrant } from '../../../shared/auth.ts';
import type { AppContext } from '../../context.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { accessGrant, findUserById } from './accounts.ts';
import { revokeSession, rotateRefreshToken, sessionOfRefreshToken } from './sessions.ts';

const sessionEnded = () => problem(401, 'unauthenticated', 'Your session has ended. Log in again.');

export async function refreshSession(
  ctx: AppContext,
  refreshToken: string | undefined,
  source: AuditSource,
): Promise<{ grant: AccessGrant; refreshToken: string }> {
  if (!refreshToken) throw sessionEnded();
  const now = ctx.now();
  const rotation = await withTransaction(ctx.db, (tx) =>
    rotateRefreshToken(tx, refreshToken, { userAgent: source.userAgent }, now),
  );
  if (rotation.kind === 'reused') {
    await ctx.audit.record(ctx.db, {
      ...source,
      actorId: rotation.userId,
      action: 'auth.refresh_token_reused',
      entity: 'session',
      entityId: rotation.sessionId,
      outcome: 'denied',
    });
    throw sessionEnded();
  }
  if (rotation.kind === 'invalid') throw sessionEnded();
  const user = await findUserById(ctx.db, rotation.userId);
  if (!user?.active) {
    await revokeSession(ctx.db, rotation.sessionId, 'user_inactive', now);
    throw sessionEnded();
  }
  return { grant: await accessGrant(ctx, user, rotation.sessionId), refreshToken: rotation.refreshToken };
}

export async function logOut(
  ctx: AppContext,
  refreshToken: string | undefined,
  bearerSessionId: string | undefined,
) {
  const sessionId =
    bearerSessionId ?? (refreshToken ? await sessionOfRefreshToken(ctx.db, refreshToken) : undefined);
  if (sessionId) await revokeSession(ctx.db, sessionId, 'logout', ctx.now());
}
