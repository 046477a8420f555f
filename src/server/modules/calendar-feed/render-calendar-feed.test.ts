import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { appointmentStatuses } from '../../db/schema.ts';
import { eventSummary, feedStatus, renderCalendarFeed } from './render-calendar-feed.ts';

const event = {
  id: '0b8e7f52-2f64-4c39-9d4b-0d7c3f1f6a01',
  start: new Date('2026-03-03T15:00:00Z'),
  end: new Date('2026-03-03T15:45:00Z'),
  status: 'scheduled' as const,
  version: 3,
  createdAt: new Date('2026-02-01T10:00:00Z'),
  updatedAt: new Date('2026-02-20T08:30:00Z'),
  typeName: 'Root canal; molar, first visit — with a name long enough to be folded over lines',
  patientInitials: 'M.S.',
};

describe('rendering the feed', () => {
  it('writes escaped, folded text that a parser reads back exactly', () => {
    const text = renderCalendarFeed({ calendarName: 'Dr. Ana, DDS; Ortho', events: [event] });
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Dr. Ana, DDS; Ortho');
    const [vevent] = calendar.getAllSubcomponents('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe(`${event.id}@topsmile`);
    expect(parsed.summary).toBe(`${event.typeName} — M.S.`);
    expect(parsed.startDate.toJSDate()).toEqual(event.start);
    expect(parsed.startDate.zone?.tzid).toBe('UTC');
    expect(parsed.endDate.toJSDate()).toEqual(event.end);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
    expect(String(vevent.getFirstPropertyValue('last-modified'))).toBe('2026-02-20T08:30:00Z');
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-02-20T08:30:00Z');
  });

  it('writes an empty calendar when there is nothing to show', () => {
    const calendar = new ICAL.Component(
      ICAL.parse(renderCalendarFeed({ calendarName: 'Dr. A', events: [] })),
    );
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });

  it('maps every stored status: booked is tentative, confirmed and after is confirmed', () => {
    const mapped = Object.fromEntries(appointmentStatuses.map((status) => [status, feedStatus(status)]));
    expect(mapped).toEqual({
      held: 'TENTATIVE',
      scheduled: 'TENTATIVE',
      confirmed: 'CONFIRMED',
      checked_in: 'CONFIRMED',
      in_progress: 'CONFIRMED',
      completed: 'CONFIRMED',
      cancelled: 'CANCELLED',
      no_show: 'CONFIRMED',
      expired: 'CANCELLED',
    });
  });

  it('leaves the dash out when a patient has no initials', () => {
    expect(eventSummary({ typeName: 'Cleaning', patientInitials: '' })).toBe('Cleaning');
  });
});
