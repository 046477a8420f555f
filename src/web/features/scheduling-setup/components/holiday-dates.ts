import { Temporal } from 'temporal-polyfill';
import type { Holiday } from '../../../../shared/scheduling.ts';
import { formatLongDate, type LocaleFormat } from '../../../i18n/format.ts';

/** Holidays from today on, today being the clinic's local date (a closed day in its zone). */
export function upcomingHolidays(holidays: Holiday[], timeZone: string): Holiday[] {
  const today = Temporal.Now.plainDateISO(timeZone);
  return holidays.filter(
    (holiday) => Temporal.PlainDate.compare(Temporal.PlainDate.from(holiday.date), today) >= 0,
  );
}

/** A calendar date read as noon in the clinic's zone, so no offset can shift it to another day. */
export function formatHolidayDate(date: string, format: LocaleFormat): string {
  const noon = Temporal.PlainDate.from(date).toZonedDateTime({
    timeZone: format.timeZone,
    plainTime: '12:00',
  });
  return formatLongDate(new Date(noon.epochMilliseconds), format);
}
