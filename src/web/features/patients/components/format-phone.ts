import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A stored E.164 number as people write it: national format for the clinic's own country
 * ((201) 842-8626, (11) 91234-5678), international for the rest (+44 20 7946 0958). What
 * cannot be parsed is shown as stored rather than hidden.
 */
export function formatPhone(phone: string, clinicCountry: string | undefined): string {
  const parsed = parsePhoneNumberFromString(phone, (clinicCountry ?? 'US') as CountryCode);
  if (!parsed?.isPossible()) return phone;
  return parsed.country === clinicCountry ? parsed.formatNational() : parsed.formatInternational();
}
