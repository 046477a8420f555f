import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findEditableSchedule } from '../providers/schedule-access.ts';
import { calendarFeedTokens } from './calendar-feed-tables.ts';

const action = 'calendar_feed.revoke';

/** Stops the provider's feed. Revoking when no feed is live is not an error: the outcome is the same. */
export async function revokeCalendarFeed(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
  source: AuditSource,
): Promise<void> {
  const provider = await findEditableSchedule(ctx, actor, providerId, action, source);
  const now = ctx.now();
  await withTransaction(ctx.db, async (tx) => {
    const revoked = await tx
      .update(calendarFeedTokens)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeedTokens.providerId, provider.id), isNull(calendarFeedTokens.revokedAt)))
      .returning({ id: calendarFeedTokens.id });
    await ctx.audit.record(tx, {
      ...source,
      action,
      entity: 'provider',
      entityId: provider.id,
      outcome: 'success',
      detail: { revokedTokenIds: revoked.map((row) => row.id) },
    });
  });
}
