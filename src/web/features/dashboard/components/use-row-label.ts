import { useTranslation } from 'react-i18next';
import { type AppointmentStatus, AppointmentStatus as Status } from '../../../../shared/scheduling.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { dashboardNamespace } from '../i18n.ts';
import { formatCalendarDate } from './figure-format.ts';

export type RowGrouping = 'day' | 'provider' | 'type' | 'status' | 'chair';
type Row = { key: string; label: string };

const isStatus = (key: string): key is AppointmentStatus => Status.safeParse(key).success;

/**
 * What a report row is called in the reader's language: dates and statuses are formatted and
 * translated here (the server's labels are English); names are shown as the clinic typed them.
 */
export function useRowLabel(format: LocaleFormat): (row: Row, grouping: RowGrouping) => string {
  const { t } = useTranslation(dashboardNamespace);
  const { t: tCommon } = useTranslation();
  return (row, grouping) => {
    if (row.key === 'none') return grouping === 'chair' ? t('reports.noneChair') : t('reports.none');
    if (grouping === 'day') return formatCalendarDate(row.key, format);
    if (grouping === 'status' && isStatus(row.key)) return tCommon(`appointmentStatus.${row.key}`);
    return row.label;
  };
}
