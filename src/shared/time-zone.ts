// Offsets such as "+01:00" are accepted by Intl in newer engines but are not zones: they
// have no DST rules, so a clinic configured with one would drift twice a year.
const ianaNamePattern = /^(UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/;

export function isIanaTimeZone(value: string): boolean {
  if (!ianaNamePattern.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
