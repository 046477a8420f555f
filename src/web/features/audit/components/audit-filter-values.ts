import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import type { AuditFilters } from '../api/use-audit-events.ts';

/** The filter inputs as typed: ids as text, dates as YYYY-MM-DD (empty = no limit). */
export type AuditFilterValues = { actorId: string; patientId: string; fromDate: string; toDate: string };

export const emptyAuditFilters: AuditFilterValues = { actorId: '', patientId: '', fromDate: '', toDate: '' };

const uuid = z.uuid();

/**
 * The query filters, or field errors. Dates are days in the viewer's time zone, as the table
 * shows times; the end day is included, so the query ends at the start of the next day.
 */
export function toAuditFilters(
  values: AuditFilterValues,
  t: TFunction<'audit'>,
): { filters: AuditFilters } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const actorId = values.actorId.trim();
  const patientId = values.patientId.trim();
  if (actorId !== '' && !uuid.safeParse(actorId).success) errors.actorId = t('filters.notUserId');
  if (patientId !== '' && !uuid.safeParse(patientId).success) errors.patientId = t('filters.notPatientId');
  if (values.fromDate !== '' && values.toDate !== '' && values.toDate < values.fromDate) {
    errors.toDate = t('filters.toBeforeFrom');
  }
  if (Object.keys(errors).length > 0) return { errors };
  const filters: AuditFilters = {};
  if (actorId !== '') filters.actorId = actorId;
  if (patientId !== '') filters.patientId = patientId;
  const from = startOfLocalDay(values.fromDate, 0);
  const to = startOfLocalDay(values.toDate, 1);
  if (from) filters.from = from;
  if (to) filters.to = to;
  return { filters };
}

function startOfLocalDay(date: string, addDays: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return new Date(year, month - 1, day + addDays).toISOString();
}
