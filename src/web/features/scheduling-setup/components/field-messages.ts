import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../../../api/api-error.ts';
import { type FieldErrors, toFieldErrors } from '../../../forms/field-errors.ts';

type SetupT = TFunction<'schedulingSetup'>;

/** Field messages the server explains with a code and a path; the rest read "not accepted". */
export type KnownFieldProblem =
  | 'nameTaken'
  | 'holidayExists'
  | 'userLinked'
  | 'notProviderUser'
  | 'unknownProvider';

/**
 * A zod issue from the shared schema as a translated message. The schemas' own texts are
 * English, so the message is chosen from the issue's code and limits, never from its text.
 * The forms turn blank inputs into `undefined`, hence a type error there means "Required".
 */
export function issueMessage(issue: z.core.$ZodIssue, t: SetupT): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return t('errors.field.required');
      return issue.expected === 'int' ? t('errors.field.wholeNumber') : t('errors.field.invalid');
    case 'too_small':
      if (issue.origin === 'string') return t('errors.field.required');
      return t('errors.field.atLeast', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('errors.field.tooLong', { count: Number(issue.maximum) });
      return t('errors.field.atMost', { max: Number(issue.maximum) });
    case 'invalid_format':
      // The colour is the only pattern in these schemas; dates have their own format.
      return issue.format === 'date' ? t('errors.field.date') : t('errors.field.colour');
    case 'custom':
      return issue.path.at(-1) === 'date' ? t('errors.field.dateTooEarly') : t('errors.field.invalid');
    default:
      return t('errors.field.invalid');
  }
}

/** Runs the shared schema on a form's candidate; either the parsed input or translated field errors. */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  candidate: unknown,
  t: SetupT,
  override?: (issue: z.core.$ZodIssue) => string | undefined,
): { data: z.output<Schema>; errors?: undefined } | { data?: undefined; errors: FieldErrors } {
  const parsed = schema.safeParse(candidate, { reportInput: true });
  if (parsed.success) return { data: parsed.data };
  return {
    errors: toFieldErrors(
      parsed.error.issues.map((issue) => ({
        path: issue.path,
        message: override?.(issue) ?? issueMessage(issue, t),
      })),
    ),
  };
}

/**
 * The problem's `errors[]` under their fields. Known `code:path` pairs get their own message;
 * anything else the server refused reads "not accepted" rather than the server's English.
 */
export function serverFieldErrors(
  error: unknown,
  t: SetupT,
  known: Partial<Record<string, KnownFieldProblem>> = {},
): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  return toFieldErrors(
    error.errors.map((problem) => {
      const key = known[`${error.code}:${problem.path}`];
      return { path: problem.path, message: key ? t(`errors.field.${key}`) : t('errors.field.rejected') };
    }),
  );
}

/** One sentence for what went wrong, by the problem's code and status. */
export function problemMessage(error: unknown, t: SetupT): string {
  if (!(error instanceof ApiError)) return t('errors.codes.unexpected');
  if (error.code === 'network_error') return t('errors.codes.network');
  if (error.errors.length > 0) return t('errors.summary');
  switch (error.status) {
    case 400:
    case 422:
      return t('errors.codes.validation');
    case 401:
      return t('errors.codes.sessionEnded');
    case 403:
      return t('errors.codes.forbidden');
    case 404:
      return t('errors.codes.notFound');
    case 409:
      return t('errors.codes.conflict');
    case 429:
      return t('errors.codes.rateLimited');
    default:
      return t('errors.codes.unexpected');
  }
}
