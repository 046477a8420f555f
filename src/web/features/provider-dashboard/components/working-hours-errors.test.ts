import { describe, expect, it } from 'vitest';
import { WorkingHours } from '../../../../shared/scheduling.ts';
import { ApiError } from '../../../api/api-error.ts';
import type { Translate } from './dashboard-problem.ts';
import { weekIssueErrors, weekProblemErrors } from './working-hours-errors.ts';

// The message key stands in for its translation.
const t = ((key: string) => key) as unknown as Translate;

function issuesOf(week: unknown) {
  const parsed = WorkingHours.safeParse(week);
  if (parsed.success) throw new Error('expected the week to be refused');
  return parsed.error.issues;
}

describe('a week the shared schema refuses', () => {
  it('puts each complaint on its line and field, in the user’s words', () => {
    const { fields } = weekIssueErrors(
      issuesOf([
        { weekday: 1, start: '8:00', end: '12:00' },
        { weekday: 2, start: '13:00', end: '12:00' },
        { weekday: 3, start: '08:00', end: '12:00' },
        { weekday: 3, start: '11:00', end: '14:00' },
      ]),
      t,
    );
    expect(fields).toEqual({
      '0.start': 'errors.timeFormat',
      '1.end': 'errors.endAfterStart',
      '3.start': 'errors.overlap',
    });
  });

  it('says so for the whole form when the week has too many lines', () => {
    const week = Array.from({ length: 71 }, (_, index) => ({
      weekday: (index % 7) + 1,
      start: `${String(Math.floor(index / 7)).padStart(2, '0')}:00`,
      end: `${String(Math.floor(index / 7)).padStart(2, '0')}:30`,
    }));
    expect(weekIssueErrors(issuesOf(week), t)).toEqual({ fields: {}, form: 'errors.tooMany' });
  });

  it('maps a refused PUT’s paths to lines, and the database’s overlap backstop to the form', () => {
    const refused = new ApiError({
      status: 422,
      code: 'validation_failed',
      title: 'Some values break a rule.',
      errors: [
        { path: '2.end', message: 'Use HH:MM between 00:00 and 24:00' },
        { path: 'body', message: 'Intervals on the same day overlap' },
      ],
    });
    expect(weekProblemErrors(refused, t)).toEqual({
      fields: { '2.end': 'errors.invalid' },
      form: 'errors.overlap',
    });
    expect(weekProblemErrors(new Error('offline'), t)).toEqual({ fields: {} });
  });
});
