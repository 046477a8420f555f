import { describe, expect, it } from 'vitest';
import type { Translate } from './dashboard-problem.ts';
import { clinicInstant, parseTimeOff } from './time-off-input.ts';

const t = ((key: string) => key) as unknown as Translate;
const zone = 'America/Sao_Paulo';

describe('time off typed in the clinic’s wall-clock time', () => {
  it('becomes instants with the clinic’s offset, wherever the browser is', () => {
    expect(clinicInstant('2026-03-10T09:00', zone)).toBe('2026-03-10T09:00:00-03:00');
    expect(clinicInstant('2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T09:00:00-04:00');
    expect(clinicInstant('not a time', zone)).toBeNull();
  });

  it('is sent with a trimmed reason, or none', () => {
    expect(
      parseTimeOff({ start: '2026-03-10T09:00', end: '2026-03-10T12:00', reason: '  Course ' }, zone, t),
    ).toEqual({
      input: { start: '2026-03-10T09:00:00-03:00', end: '2026-03-10T12:00:00-03:00', reason: 'Course' },
    });
    expect(
      parseTimeOff({ start: '2026-03-10T09:00', end: '2026-03-11T09:00', reason: '' }, zone, t),
    ).toMatchObject({
      input: { reason: null },
    });
  });

  it('names what to fix: missing times, an end before the start, a year out of range, a long reason', () => {
    expect(parseTimeOff({ start: '', end: '', reason: '' }, zone, t)).toEqual({
      errors: { start: 'errors.required', end: 'errors.required' },
    });
    expect(parseTimeOff({ start: '2026-03-10T12:00', end: '2026-03-10T09:00', reason: '' }, zone, t)).toEqual(
      {
        errors: { end: 'errors.endAfterStart' },
      },
    );
    expect(parseTimeOff({ start: '1800-03-10T09:00', end: '2026-03-10T09:00', reason: '' }, zone, t)).toEqual(
      {
        errors: { start: 'errors.dateRange' },
      },
    );
    expect(
      parseTimeOff({ start: '2026-03-10T09:00', end: '2026-03-10T12:00', reason: 'x'.repeat(201) }, zone, t),
    ).toEqual({ errors: { reason: 'errors.tooLong' } });
  });
});
