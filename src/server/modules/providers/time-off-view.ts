import { sql } from 'drizzle-orm';
import type { TimeOff } from '../../../shared/scheduling.ts';
import { timeOff } from '../../db/schema.ts';

/**
 * Columns for reading time off. The range's bounds are read with lower()/upper() and mapped
 * like a timestamptz column, so neither driver's text form of a tstzrange is ever parsed.
 */
export const timeOffColumns = {
  id: timeOff.id,
  start: sql<Date>`lower(${timeOff.period})`.mapWith(timeOff.createdAt),
  end: sql<Date>`upper(${timeOff.period})`.mapWith(timeOff.createdAt),
  reason: timeOff.reason,
};

export function toTimeOff(row: { id: string; start: Date; end: Date; reason: string | null }): TimeOff {
  return { id: row.id, start: row.start.toISOString(), end: row.end.toISOString(), reason: row.reason };
}
