import ical, { ICalEventStatus } from 'ical-generator';
import type { appointments } from '../../db/schema.ts';

type StoredStatus = (typeof appointments.$inferSelect)['status'];

/** What the feed shows of one appointment: no names, phone numbers or notes ever reach it. */
export type FeedEvent = {
  id: string;
  start: Date;
  end: Date;
  status: StoredStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  typeName: string;
  patientInitials: string;
};

export type CalendarFeed = { calendarName: string; events: FeedEvent[] };

// Calendar apps poll at their own pace; this asks them to look again every quarter hour.
const refreshSeconds = 15 * 60;

/**
 * A booked visit is tentative until the patient confirms it; from confirmation on (checked in,
 * in treatment, completed, even a no-show) the provider's time was definitely taken.
 */
export function feedStatus(status: StoredStatus): ICalEventStatus {
  switch (status) {
    case 'held':
    case 'scheduled':
      return ICalEventStatus.TENTATIVE;
    case 'cancelled':
    case 'expired':
      return ICalEventStatus.CANCELLED;
    case 'confirmed':
    case 'checked_in':
    case 'in_progress':
    case 'completed':
    case 'no_show':
      return ICalEventStatus.CONFIRMED;
  }
}

export function eventSummary(event: Pick<FeedEvent, 'typeName' | 'patientInitials'>): string {
  return event.patientInitials === '' ? event.typeName : `${event.typeName} — ${event.patientInitials}`;
}

/** The RFC 5545 text of a provider's feed; instants are written in UTC, so no VTIMEZONE is needed. */
export function renderCalendarFeed(feed: CalendarFeed): string {
  const calendar = ical({
    prodId: { company: 'TopSmile', product: 'Provider calendar feed', language: 'EN' },
    name: feed.calendarName,
    ttl: refreshSeconds,
  });
  for (const event of feed.events) {
    calendar.createEvent({
      // Stable across fetches and edits, so a calendar app updates the event in place.
      id: `${event.id}@topsmile`,
      start: event.start,
      end: event.end,
      summary: eventSummary(event),
      status: feedStatus(event.status),
      created: event.createdAt,
      lastModified: event.updatedAt,
      // Without a METHOD, RFC 5545 §3.8.7.2 makes DTSTAMP the time of the last revision.
      stamp: event.updatedAt,
      // Versions count from 1; an event's SEQUENCE starts at 0 (RFC 5545 §3.8.7.4).
      sequence: Math.max(0, event.version - 1),
    });
  }
  return calendar.toString();
}
