import { ApiError } from '../../../api/api-error.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import type { Translate } from './dashboard-problem.ts';

type Issue = { path: readonly PropertyKey[]; code: string };

/** The shared schema's complaints about a week, in the user's language, keyed "3.end". */
export function weekIssueErrors(
  issues: readonly Issue[],
  t: Translate,
): { fields: FieldErrors; form?: string } {
  const fields: FieldErrors = {};
  let form: string | undefined;
  const lines = issues.map((issue) => ({ issue, at: issue.path.map(String) }));
  // A malformed time ('8:00') also fails "end after start" (times compare as text): name the
  // format only, on the field that has it.
  const malformed = new Set(lines.filter(({ issue }) => issue.code !== 'custom').map(({ at }) => at[0]));
  for (const { issue, at } of lines) {
    const [index, field] = at;
    if (index === undefined || field === undefined) {
      form ??= issue.code === 'too_big' ? t('errors.tooMany') : t('errors.validation');
      continue;
    }
    if (issue.code === 'custom' && malformed.has(index)) continue;
    // The schema's own rules: a refine on `end` is "after start", one on `start` an overlap.
    const message =
      issue.code !== 'custom'
        ? t('errors.timeFormat')
        : field === 'end'
          ? t('errors.endAfterStart')
          : t('errors.overlap');
    fields[`${index}.${field}`] ??= message;
  }
  return { fields, form };
}

/**
 * A refused PUT: its field paths ("3.end") point at lines, and its English messages are not
 * shown; the database's overlap backstop reports the whole body.
 */
export function weekProblemErrors(error: unknown, t: Translate): { fields: FieldErrors; form?: string } {
  if (!(error instanceof ApiError)) return { fields: {} };
  const fields: FieldErrors = {};
  let form: string | undefined;
  for (const problem of error.errors) {
    if (/^\d+\.(start|end)$/.test(problem.path)) fields[problem.path] ??= t('errors.invalid');
    else form ??= problem.path === 'body' ? t('errors.overlap') : t('errors.validation');
  }
  return { fields, form };
}
