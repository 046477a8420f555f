/** Error message per field, keyed by the schema path joined with '.' (e.g. "bookingPolicy.slotStepMinutes"). */
export type FieldErrors = Record<string, string>;

/**
 * Accepts zod issues (path as array) and problem+json `errors` (path already joined). Keeps the
 * first message per path: the most basic complaint (e.g. "not a number") comes first.
 */
export function toFieldErrors(
  issues: readonly { path: readonly PropertyKey[] | string; message: string }[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The errors without `path`, for clearing a field's message as soon as it is edited. */
export function withoutError(errors: FieldErrors, path: string): FieldErrors {
  if (!(path in errors)) return errors;
  const { [path]: _cleared, ...rest } = errors;
  return rest;
}

/** zod reports a missing value as a type error; people understand "Required". */
export const requiredWhenMissing = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'Required' : undefined),
};
