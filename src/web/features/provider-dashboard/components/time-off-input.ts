import { Temporal } from 'temporal-polyfill';
import { CreateTimeOffInput } from '../../../../shared/scheduling.ts';
import { ApiError } from '../../../api/api-error.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import type { Translate } from './dashboard-problem.ts';

export type TimeOffValues = { start: string; end: string; reason: string };

/**
 * A `datetime-local` value read as the clinic's wall-clock time, with its offset: an absence
 * typed as 09:00 means 09:00 at the clinic, wherever the browser is.
 */
export function clinicInstant(local: string, timeZone: string): string | null {
  try {
    return Temporal.PlainDateTime.from(local)
      .toZonedDateTime(timeZone, { disambiguation: 'later' })
      .toString({ timeZoneName: 'never', smallestUnit: 'second' });
  } catch {
    return null;
  }
}

/** The form as the API's input, or the fields to fix in the user's language. */
export function parseTimeOff(
  values: TimeOffValues,
  timeZone: string,
  t: Translate,
): { input: CreateTimeOffInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const start = clinicInstant(values.start, timeZone);
  const end = clinicInstant(values.end, timeZone);
  if (values.start.trim() === '') errors.start = t('errors.required');
  else if (start === null) errors.start = t('errors.dateTime');
  if (values.end.trim() === '') errors.end = t('errors.required');
  else if (end === null) errors.end = t('errors.dateTime');
  if (start === null || end === null) return { errors };
  const reason = values.reason.trim();
  const parsed = CreateTimeOffInput.safeParse({ start, end, reason: reason === '' ? null : reason });
  if (parsed.success) return { input: parsed.data };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'start');
    errors[field] ??= timeOffFieldMessage(
      field,
      issue.code === 'too_big',
      Date.parse(end) <= Date.parse(start),
      t,
    );
  }
  return { errors };
}

function timeOffFieldMessage(field: string, tooLong: boolean, inverted: boolean, t: Translate): string {
  if (field === 'reason') return tooLong ? t('errors.tooLong') : t('errors.invalid');
  if (field === 'end' && inverted) return t('errors.endAfterStart');
  return t('errors.dateRange');
}

/** A refused POST's field errors, by field, in the user's language (never the server's English). */
export function timeOffProblemErrors(error: unknown, t: Translate): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: FieldErrors = {};
  for (const problem of error.errors) {
    const field = problem.path === 'reason' ? 'reason' : problem.path === 'end' ? 'end' : 'start';
    errors[field] ??= field === 'reason' ? t('errors.invalid') : t('errors.dateTime');
  }
  return errors;
}
