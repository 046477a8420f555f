// Dates of birth are calendar dates (YYYY-MM-DD), not instants: they are formatted at UTC
// midnight so no time zone can move them to the day before.
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(isoDate: string): [number, number, number] | undefined {
  const match = isoDatePattern.exec(isoDate);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * A calendar date the way the clinic writes it (03/02/1985 in en-US, 02/03/1985 in pt-BR):
 * the same order the search box understands when someone types a date of birth.
 */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const date = parts(isoDate);
  if (!date) return isoDate;
  const [year, month, day] = date;
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day));
}

/** Today's date (YYYY-MM-DD) in the clinic's time zone, which may differ from the browser's. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const formatted = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => formatted.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Completed years on `today`; someone born on 29 February turns a year older on 1 March. */
export function ageOn(dateOfBirth: string, today: string): number | undefined {
  const born = parts(dateOfBirth);
  const now = parts(today);
  if (!born || !now) return undefined;
  const hadBirthday = now[1] > born[1] || (now[1] === born[1] && now[2] >= born[2]);
  const age = now[0] - born[0] - (hadBirthday ? 0 : 1);
  return age >= 0 ? age : undefined;
}
