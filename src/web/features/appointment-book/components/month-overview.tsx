/// <reference types="vite/client" />
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Temporal } from 'temporal-polyfill';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { appointmentBookNamespace } from '../i18n.ts';
import { formatDayHeading, formatMonthHeading, formatWeekday } from './book-date-format.ts';
import { monthWeeks } from './calendar-dates.ts';
import styles from './month-overview.module.css';

type Props = {
  date: Temporal.PlainDate;
  today: Temporal.PlainDate;
  /** Appointments per clinic-local date (`YYYY-MM-DD`). */
  counts: ReadonlyMap<string, number>;
  holidays: ReadonlyMap<string, string>;
  format: LocaleFormat;
  onOpenDay: (date: Temporal.PlainDate) => void;
};

/** The month at a glance: how many appointments each day holds; a day opens its day view. */
export const MonthOverview = memo(function MonthOverview({
  date,
  today,
  counts,
  holidays,
  format,
  onOpenDay,
}: Props) {
  const { t } = useTranslation(appointmentBookNamespace);
  const weeks = monthWeeks(date);
  return (
    <table
      className={styles.table}
      aria-label={t('month.label', { month: formatMonthHeading(date, format) })}
    >
      <thead>
        <tr>
          {(weeks[0] ?? []).map((day) => (
            <th key={day.dayOfWeek} scope="col">
              {formatWeekday(day, format)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]?.toString()}>
            {week.map((day) => {
              const key = day.toString();
              const count = counts.get(key) ?? 0;
              const holiday = holidays.get(key);
              return (
                <td key={key}>
                  <button
                    type="button"
                    className={styles.day}
                    data-date={key}
                    data-outside={day.month !== date.month}
                    data-today={day.equals(today)}
                    aria-label={t('month.day', { date: formatDayHeading(day, format), count })}
                    onClick={() => onOpenDay(day)}
                  >
                    <span className={styles.number}>{day.day}</span>
                    {count > 0 && <span className={styles.count}>{t('month.count', { count })}</span>}
                    {holiday !== undefined && (
                      <span className={styles.closed}>{t('month.closed', { name: holiday })}</span>
                    )}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
