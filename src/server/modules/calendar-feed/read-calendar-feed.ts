import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { appointments, appointmentTypes, patients, providers, users } from '../../db/schema.ts';
import { type Tx, withTransaction } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import { countAttempt } from '../../lib/throttle.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { hashOpaqueToken } from '../auth/opaque-token.ts';
import { appointmentColumns, rangeOf } from '../scheduling/appointment-rows.ts';
import { calendarFeedTokens } from './calendar-feed-tables.ts';
import { patientInitials } from './patient-initials.ts';
import { type FeedEvent, renderCalendarFeed } from './render-calendar-feed.ts';

const action = 'calendar_feed.read';
const day = 24 * 60 * 60 * 1000;
// Recent history for context, and as far ahead as a provider plans their life.
const windowBefore = 30 * day;
const windowAfter = 180 * day;

/**
 * The provider's appointments as iCalendar text, for whoever holds the provider's live feed
 * token. An unknown provider, a wrong or revoked token and another provider's token all end
 * in the same 404, so the answer never tells a prober which part was wrong.
 */
export async function readCalendarFeed(
  ctx: AppContext,
  providerId: string,
  token: string,
  source: AuditSource,
): Promise<string> {
  const now = ctx.now();
  const feed = await withTransaction(ctx.db, async (tx) => {
    // Looking the token up by its hash: equality on a SHA-256 reveals nothing usable through
    // timing, since a caller cannot steer the hash of a guess towards a stored one.
    const [grant] = await tx
      .select({ tokenId: calendarFeedTokens.id, providerName: providers.name })
      .from(calendarFeedTokens)
      .innerJoin(providers, eq(providers.id, calendarFeedTokens.providerId))
      .leftJoin(users, eq(users.id, providers.userId))
      .where(
        and(
          eq(calendarFeedTokens.tokenHash, hashOpaqueToken(token)),
          eq(calendarFeedTokens.providerId, providerId),
          isNull(calendarFeedTokens.revokedAt),
          // A provider made inactive (who left the clinic) stops receiving patients' appointments.
          eq(providers.active, true),
          // So does one whose user account was deactivated, at once.
          or(isNull(providers.userId), eq(users.active, true)),
        ),
      );
    if (!grant) {
      if (!(await firstFailureThisMinute(tx, source, now))) return undefined;
      await ctx.audit.record(tx, {
        ...source,
        action,
        entity: 'provider',
        entityId: providerId,
        outcome: 'failure',
        detail: { reason: 'no_live_token' },
      });
      return undefined;
    }
    const from = new Date(now.getTime() - windowBefore);
    const to = new Date(now.getTime() + windowAfter);
    const events = await feedEvents(tx, providerId, from, to);
    await ctx.audit.record(tx, {
      ...source,
      action,
      entity: 'provider',
      entityId: providerId,
      outcome: 'success',
      detail: {
        tokenId: grant.tokenId,
        from: from.toISOString(),
        to: to.toISOString(),
        count: events.length,
        patientIds: [...new Set(events.map((event) => event.patientId))],
      },
    });
    return renderCalendarFeed({ calendarName: grant.providerName, events });
  });
  // Thrown after the transaction has committed, so that the failed attempt stays in the audit trail.
  if (feed === undefined) throw notFound('No such calendar feed.');
  return feed;
}

/**
 * A prober trying tokens would otherwise write an audit row per guess: one row per address
 * and minute records the probing without letting it flood the trail.
 */
async function firstFailureThisMinute(tx: Tx, source: AuditSource, now: Date): Promise<boolean> {
  const tally = await countAttempt(tx, `calendar_feed:ip:${source.ip ?? 'unknown'}`, 60_000, now);
  return tally.attempts === 1;
}

/** Every appointment of the provider overlapping [from, to) that still takes their time. */
async function feedEvents(
  tx: Tx,
  providerId: string,
  from: Date,
  to: Date,
): Promise<(FeedEvent & { patientId: string })[]> {
  const rows = await tx
    .select({
      id: appointments.id,
      start: appointmentColumns.start,
      end: appointmentColumns.end,
      status: appointments.status,
      version: appointments.version,
      createdAt: appointments.createdAt,
      updatedAt: appointments.updatedAt,
      typeName: appointmentTypes.name,
      patientId: appointments.patientId,
      // Read only to take the initials; the names never leave this function.
      patientFirstName: patients.firstName,
      patientLastName: patients.lastName,
    })
    .from(appointments)
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.appointmentTypeId))
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .where(
      and(
        eq(appointments.providerId, providerId),
        // Holds are a booking still in progress; cancelled and expired ones no longer take time.
        sql`${appointments.status} NOT IN ('held', 'expired', 'cancelled')`,
        sql`${appointments.period} && ${rangeOf(from, to)}`,
      ),
    )
    .orderBy(asc(sql`lower(${appointments.period})`), asc(appointments.id));
  return rows.map(({ patientFirstName, patientLastName, ...row }) => ({
    ...row,
    patientInitials: patientInitials(patientFirstName, patientLastName),
  }));
}
