import { and, eq, isNull } from 'drizzle-orm';
import type { CalendarFeedStatus } from '../../../shared/calendar-feed.ts';
import type { AppContext } from '../../context.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findEditableSchedule } from '../providers/schedule-access.ts';
import { calendarFeedTokens } from './calendar-feed-tables.ts';

/** Whether the provider has a live feed, and since when; the token itself cannot be shown again. */
export async function readCalendarFeedStatus(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
  source: AuditSource,
): Promise<CalendarFeedStatus> {
  const provider = await findEditableSchedule(ctx, actor, providerId, 'calendar_feed.status', source);
  const [live] = await ctx.db
    .select({ createdAt: calendarFeedTokens.createdAt })
    .from(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.providerId, provider.id), isNull(calendarFeedTokens.revokedAt)));
  return { active: live !== undefined, createdAt: live ? live.createdAt.toISOString() : null };
}
