import i18n from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../api/api-error.ts';
import { common } from '../i18n/locales/en.ts';

/** Error message per field, keyed by the schema path joined with '.' (e.g. "bookingPolicy.slotStepMinutes"). */
export type FieldErrors = Record<string, string>;

/**
 * Accepts issues whose messages are ready to show (path as array or already joined). Keeps the
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

/**
 * Parse options for forms: with the input on each issue, a missing value reads "Required"
 * and a wrong one says what is wrong.
 */
export const formParse = { reportInput: true } as const;

type SchemaRule = keyof typeof common.fieldErrors.schemaRules;
const schemaRules = new Map<string, SchemaRule>(
  Object.entries(common.fieldErrors.schemaRules).map(([rule, text]) => [text, rule as SchemaRule]),
);

/**
 * A rule a shared schema (src/shared) words itself, e.g. "Must be a multiple of 5 minutes".
 * Those texts are ours and fixed, so the English catalogue lists them and the user's language
 * gets its own wording. Unknown texts get a translated generic message.
 */
function schemaRuleMessage(text: string): string {
  const rule = schemaRules.get(text);
  return rule ? i18n.t(`fieldErrors.schemaRules.${rule}`) : i18n.t('fieldErrors.invalid');
}

/** A zod issue in the user's language, chosen by its code and limits, not by its English text. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return i18n.t('fieldErrors.required');
      if (issue.expected === 'int') return i18n.t('fieldErrors.notWholeNumber');
      return issue.expected === 'number' ? i18n.t('fieldErrors.notANumber') : i18n.t('fieldErrors.invalid');
    case 'too_small':
      if (issue.origin === 'string') {
        const minimum = Number(issue.minimum);
        return minimum <= 1
          ? i18n.t('fieldErrors.required')
          : i18n.t('fieldErrors.tooShort', { count: minimum });
      }
      if (issue.origin === 'array' || issue.origin === 'set') return i18n.t('fieldErrors.required');
      return i18n.t('fieldErrors.tooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return i18n.t('fieldErrors.tooLong', { count: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') {
        return i18n.t('fieldErrors.tooMany', { count: Number(issue.maximum) });
      }
      return i18n.t('fieldErrors.tooBig', { maximum: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return i18n.t('fieldErrors.email');
      if (issue.format === 'date') return i18n.t('fieldErrors.date');
      return issue.format === 'regex' ? schemaRuleMessage(issue.message) : i18n.t('fieldErrors.invalid');
    case 'invalid_value':
      return i18n.t('fieldErrors.choose');
    case 'custom':
      return schemaRuleMessage(issue.message);
    case 'invalid_union': {
      // Every option refused the value: the telling complaint is one that is not about its type.
      const telling = issue.errors.flat().find((inner) => inner.code !== 'invalid_type');
      return telling ? issueMessage(telling) : i18n.t('fieldErrors.invalid');
    }
    default:
      return i18n.t('fieldErrors.invalid');
  }
}

/** Field errors of a failed `safeParse` (best with `formParse`), in the user's language. */
export function zodFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  return toFieldErrors(issues.map((issue) => ({ path: issue.path, message: issueMessage(issue) })));
}

type PathMessage = (path: string) => string | undefined;

/**
 * The `errors[]` of a problem under their fields. `specific` words the problems a screen
 * expects by path (e.g. an email already in use); a shared-schema rule gets its translation.
 * Anything else shows the server's text to people reading English, the server's language, and
 * to everyone else `general` (e.g. "Too easy to guess") or "Check this value".
 */
export function problemFieldErrors(
  error: unknown,
  { specific, general }: { specific?: PathMessage; general?: PathMessage } = {},
): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const english = (i18n.resolvedLanguage ?? 'en') === 'en';
  return toFieldErrors(
    error.errors.map(({ path, message }) => {
      const rule = schemaRules.has(message) ? schemaRuleMessage(message) : undefined;
      const translated =
        specific?.(path) ?? rule ?? (english ? message : (general?.(path) ?? i18n.t('fieldErrors.invalid')));
      return { path, message: translated };
    }),
  );
}
