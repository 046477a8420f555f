import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { AppointmentStatus } from '../../../../shared/scheduling.ts';
import {
  clinicDateOf,
  clinicToday,
  followingDays,
  groupByClinicDay,
  middayOf,
  nextAppointment,
} from './dashboard-days.ts';

const zone = 'America/Sao_Paulo';

function visit(start: string, end: string, status: AppointmentStatus = 'scheduled') {
  return { start, end, status };
}

describe('the clinic’s days', () => {
  it('takes today from the clinic’s zone, not UTC', () => {
    // 01:30 UTC on the 10th is still 22:30 on the 9th in São Paulo.
    expect(clinicToday(zone, Temporal.Instant.from('2026-03-10T01:30:00Z'))).toBe('2026-03-09');
    expect(clinicToday('Asia/Tokyo', Temporal.Instant.from('2026-03-10T01:30:00Z'))).toBe('2026-03-10');
  });

  it('lists the next days across a month end', () => {
    expect(followingDays('2026-02-26', 4)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('places an evening visit on its local day and names days by their midday', () => {
    expect(clinicDateOf('2026-03-10T01:30:00Z', zone)).toBe('2026-03-09');
    expect(middayOf('2026-03-09', zone)).toBe('2026-03-09T15:00:00Z');
  });

  it('groups by local day in time order and keeps empty days', () => {
    const late = visit('2026-03-10T20:00:00Z', '2026-03-10T20:30:00Z');
    const early = visit('2026-03-10T12:00:00Z', '2026-03-10T12:30:00Z');
    const evening = visit('2026-03-11T01:00:00Z', '2026-03-11T01:30:00Z');
    expect(groupByClinicDay([late, evening, early], ['2026-03-10', '2026-03-11'], zone)).toEqual([
      { date: '2026-03-10', appointments: [early, late, evening] },
      { date: '2026-03-11', appointments: [] },
    ]);
  });
});

describe('the next patient', () => {
  const now = Temporal.Instant.from('2026-03-10T14:10:00Z');

  it('is the first waiting visit that has not ended', () => {
    const done = visit('2026-03-10T13:00:00Z', '2026-03-10T13:30:00Z', 'completed');
    const running = visit('2026-03-10T14:00:00Z', '2026-03-10T14:30:00Z', 'in_progress');
    const cancelled = visit('2026-03-10T14:30:00Z', '2026-03-10T15:00:00Z', 'cancelled');
    const waiting = visit('2026-03-10T15:00:00Z', '2026-03-10T15:30:00Z', 'checked_in');
    const later = visit('2026-03-10T16:00:00Z', '2026-03-10T16:30:00Z', 'confirmed');
    expect(nextAppointment([later, cancelled, waiting, running, done], now)).toBe(waiting);
  });

  it('includes a late patient whose slot is still running, and nobody once the day is over', () => {
    const late = visit('2026-03-10T14:00:00Z', '2026-03-10T14:30:00Z', 'scheduled');
    expect(nextAppointment([late], now)).toBe(late);
    expect(nextAppointment([late], Temporal.Instant.from('2026-03-10T15:00:00Z'))).toBeUndefined();
  });
});
