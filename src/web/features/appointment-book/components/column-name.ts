import type { LocaleFormat } from '../../../i18n/format.ts';
import { formatDayInSentence } from './book-date-format.ts';
import type { ColumnModel } from './build-columns.ts';

/** How a column is named in sentences (drag announcements): the provider, chair or day. */
export function columnName(column: ColumnModel, format: LocaleFormat, noChair: string): string {
  if (column.moves === 'time') return formatDayInSentence(column.date, format);
  if (column.moves === 'operatory') return column.operatory?.name ?? noChair;
  return column.provider.name;
}
