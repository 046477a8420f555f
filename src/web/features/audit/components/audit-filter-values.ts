import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { AuditFilters } from '../api/use-audit-events.ts';

/**
 * The filters as the address keeps them (`?patientId=…&from=2026-03-01`): ids, an action code,
 * and clinic-local calendar dates, the end date included. Empty means no limit.
 */
export type AuditFilterValues = {
  patientId: string;
  actorId: string;
  action: string;
  from: string;
  to: string;
};

export const emptyAuditFilters: AuditFilterValues = {
  patientId: '',
  actorId: '',
  action: '',
  from: '',
  to: '',
};

const filterKeys = Object.keys(emptyAuditFilters) as (keyof AuditFilterValues)[];

const uuid = z.uuid();
const actionCode = z.string().min(1).max(100);

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

const valid: Record<keyof AuditFilterValues, (value: string) => boolean> = {
  patientId: (value) => uuid.safeParse(value).success,
  actorId: (value) => uuid.safeParse(value).success,
  action: (value) => actionCode.safeParse(value).success,
  from: isCalendarDate,
  to: isCalendarDate,
};

/** The filters in the address; a value that is not one (an edited link) is left out. */
export function readAuditFilterValues(params: URLSearchParams): AuditFilterValues {
  const values = { ...emptyAuditFilters };
  for (const key of filterKeys) {
    const value = params.get(key)?.trim() ?? '';
    if (valid[key](value)) values[key] = value;
  }
  return values;
}

/** `params` with the filters replaced by `values` (other parameters kept). */
export function withAuditFilterValues(params: URLSearchParams, values: AuditFilterValues): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of filterKeys) {
    if (values[key] === '') next.delete(key);
    else next.set(key, values[key]);
  }
  return next;
}

/**
 * The query for the API, or the reason there is none (an end before the start). Dates are
 * days in the clinic's zone, the end day included: from the start of `from` to the start of
 * the day after `to`, as instants, so a 23- or 25-hour day is counted whole.
 */
export function toAuditFilters(
  values: AuditFilterValues,
  timeZone: string,
): { filters: AuditFilters } | { error: 'toBeforeFrom' } {
  if (values.from !== '' && values.to !== '' && values.to < values.from) return { error: 'toBeforeFrom' };
  const filters: AuditFilters = {};
  if (values.patientId !== '') filters.patientId = values.patientId;
  if (values.actorId !== '') filters.actorId = values.actorId;
  if (values.action !== '') filters.action = values.action;
  if (values.from !== '') filters.from = startOfDay(Temporal.PlainDate.from(values.from), timeZone);
  if (values.to !== '')
    filters.to = startOfDay(Temporal.PlainDate.from(values.to).add({ days: 1 }), timeZone);
  return { filters };
}

function startOfDay(date: Temporal.PlainDate, timeZone: string): string {
  // Without a time, Temporal takes the day's first instant, even where midnight is skipped.
  return date.toZonedDateTime({ timeZone }).toInstant().toString();
}
