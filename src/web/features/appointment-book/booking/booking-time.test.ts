import { describe, expect, it } from 'vitest';
import { Instant } from '../../../../shared/scheduling.ts';
import { endOf, instantOf, localStartOf, minutesBetween, sameLocalDate } from './booking-time.ts';

describe('booking times in the clinic zone', () => {
  it('shows an instant as the clinic’s wall-clock date and time', () => {
    expect(localStartOf('2026-03-18T13:00:00Z', 'America/Sao_Paulo')).toEqual({
      date: '2026-03-18',
      time: '10:00',
    });
    expect(localStartOf('2026-03-18T02:30:00Z', 'America/New_York')).toEqual({
      date: '2026-03-17',
      time: '22:30',
    });
  });

  it('reads the fields back as an instant with the clinic’s offset of that day', () => {
    expect(instantOf({ date: '2026-03-18', time: '10:00' }, 'America/Sao_Paulo')).toBe(
      '2026-03-18T10:00:00-03:00',
    );
    // New York is on daylight time from 8 March 2026.
    expect(instantOf({ date: '2026-03-06', time: '09:30' }, 'America/New_York')).toBe(
      '2026-03-06T09:30:00-05:00',
    );
    expect(instantOf({ date: '2026-03-09', time: '09:30' }, 'America/New_York')).toBe(
      '2026-03-09T09:30:00-04:00',
    );
  });

  it('moves a time skipped by the spring-forward jump to the next real one', () => {
    expect(instantOf({ date: '2026-03-08', time: '02:30' }, 'America/New_York')).toBe(
      '2026-03-08T03:30:00-04:00',
    );
  });

  it('gives null while the fields are incomplete or impossible', () => {
    expect(instantOf({ date: '', time: '10:00' }, 'UTC')).toBeNull();
    expect(instantOf({ date: '2026-03-18', time: '' }, 'UTC')).toBeNull();
    expect(instantOf({ date: '2026-02-30', time: '10:00' }, 'UTC')).toBeNull();
    expect(instantOf({ date: '2026-03-18', time: '25:00' }, 'UTC')).toBeNull();
  });

  it('round-trips through the fields', () => {
    const start = instantOf({ date: '2026-11-01', time: '01:15' }, 'America/New_York');
    expect(start).not.toBeNull();
    // The server accepts what the fields produce as the booking's `start`.
    expect(Instant.safeParse(start).success).toBe(true);
    expect(localStartOf(start ?? '', 'America/New_York')).toEqual({ date: '2026-11-01', time: '01:15' });
  });

  it('measures visits and compares local dates', () => {
    expect(endOf('2026-03-18T10:00:00-03:00', 45)).toBe('2026-03-18T13:45:00Z');
    expect(minutesBetween('2026-03-18T10:00:00Z', '2026-03-18T10:45:00Z')).toBe(45);
    expect(sameLocalDate('2026-03-18T23:30:00Z', '2026-03-19T01:00:00Z', 'America/Sao_Paulo')).toBe(true);
    expect(sameLocalDate('2026-03-18T23:30:00Z', '2026-03-19T01:00:00Z', 'UTC')).toBe(false);
  });
});
