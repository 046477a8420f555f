import { type CountryCode, parsePhoneNumberWithError } from 'libphonenumber-js';
import { problem } from '../../lib/problem.ts';

/**
 * Any common way of writing a phone number, stored E.164 (`+5511912345678`) so that search
 * by digits and SMS sending see one form. Numbers without a country code take the clinic's.
 */
export function toE164(input: string, defaultCountry: string, path: string): string {
  try {
    const parsed = parsePhoneNumberWithError(input, defaultCountry as CountryCode);
    if (parsed.isValid()) return parsed.number;
  } catch {
    // Reported below with the field path, like any other invalid number.
  }
  throw problem(422, 'validation_failed', 'Some values break a rule.', {
    errors: [
      {
        path,
        message: `Not a valid phone number for ${defaultCountry}; include the country code (+55…) if it is from elsewhere`,
      },
    ],
  });
}

export function nullablePhone(input: string | null | undefined, defaultCountry: string, path: string) {
  if (input === undefined) return undefined;
  if (input === null) return null;
  return toE164(input, defaultCountry, path);
}
