import { and, eq, isNull } from 'drizzle-orm';
import type { CalendarFeedIssued } from '../../../shared/calendar-feed.ts';
import type { AppContext } from '../../context.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { newOpaqueToken } from '../auth/opaque-token.ts';
import { findProvider } from '../providers/provider-scope.ts';
import { findEditableSchedule } from '../providers/schedule-access.ts';
import { calendarFeedTokens } from './calendar-feed-tables.ts';

const action = 'calendar_feed.issue';

/**
 * A new subscription URL for the provider's calendar. Any earlier token stops working at
 * once, so "issue again" is also how a leaked URL is replaced. The token exists only in the
 * answer: the table keeps its hash.
 */
export async function issueCalendarFeed(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
  source: AuditSource,
): Promise<CalendarFeedIssued> {
  await findEditableSchedule(ctx, actor, providerId, action, source);
  const { token, hash } = newOpaqueToken();
  const now = ctx.now();
  const issued = await withTransaction(ctx.db, async (tx) => {
    // Locking the provider queues concurrent issues, so each revokes the one before it
    // instead of colliding on the one-live-token index.
    const provider = await findProvider(tx, providerId, true);
    const revoked = await tx
      .update(calendarFeedTokens)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeedTokens.providerId, provider.id), isNull(calendarFeedTokens.revokedAt)))
      .returning({ id: calendarFeedTokens.id });
    const [created] = await tx
      .insert(calendarFeedTokens)
      .values({ providerId: provider.id, tokenHash: hash, createdAt: now, createdBy: actor.userId })
      .returning({ id: calendarFeedTokens.id, createdAt: calendarFeedTokens.createdAt });
    if (!created) throw new Error('calendar feed token insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action,
      entity: 'provider',
      entityId: provider.id,
      outcome: 'success',
      detail: { tokenId: created.id, revokedTokenIds: revoked.map((row) => row.id) },
    });
    return { providerId: provider.id, createdAt: created.createdAt };
  });
  return {
    url: calendarFeedUrl(ctx, issued.providerId, token),
    createdAt: issued.createdAt.toISOString(),
  };
}

function calendarFeedUrl(ctx: AppContext, providerId: string, token: string): string {
  const base = ctx.config.publicUrl.replace(/\/$/, '');
  return `${base}/api/v1/providers/${providerId}/calendar.ics?token=${encodeURIComponent(token)}`;
}
