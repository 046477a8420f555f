import { type AppointmentListItem, appointmentMinutes } from '../../../../shared/scheduling.ts';
import type { RescheduleChange } from '../api/use-reschedule-appointment.ts';
import type { ColumnModel } from './build-columns.ts';
import { instantAt, wallClockMinutes } from './time-axis.ts';

/** A move asked for by a drop: the visit as it was, what to PATCH, and where it will then sit. */
export type MoveTarget = {
  item: AppointmentListItem;
  change: RescheduleChange;
  start: string;
  end: string;
  providerId: string;
  operatoryId: string | null;
};

/**
 * Whole rows a visit dragged `deltaY` pixels down (or up) has moved, as the grid draws it: never
 * above the first row nor below the last. Unbounded, a visit held at the bottom edge stretched
 * the grid's scrollable height, so it scrolled on past the end of the day and the drop landed
 * hours after the last row the reader could see.
 */
export function rowsDragged(input: {
  deltaY: number;
  rowHeight: number;
  /** Where the visit sits, in rows from the top of the axis, and how many rows it spans. */
  top: number;
  height: number;
  /** Rows on the axis. */
  rows: number;
}): number {
  const wanted = Math.round(input.deltaY / input.rowHeight);
  const highest = Math.min(0, -Math.floor(input.top));
  const lowest = Math.max(0, Math.floor(input.rows - input.top - input.height));
  return Math.min(lowest, Math.max(highest, wanted));
}

/**
 * What dropping a visit on `to`, `rowsMoved` rows lower (or higher), changes. The visit keeps
 * its wall-clock offset from the grid (a 10:05 visit moved one 15-minute row goes to 10:20)
 * and its length; dropping on a provider column changes the provider, on a chair column the
 * chair, on a day column the date. Null when nothing would change.
 */
export function moveTargetOf(input: {
  item: AppointmentListItem;
  from: ColumnModel;
  to: ColumnModel;
  rowsMoved: number;
  step: number;
  timeZone: string;
}): MoveTarget | null {
  const { item, from, to, timeZone } = input;
  const startMs = Date.parse(item.start);
  const minute = Math.round(wallClockMinutes(startMs, from.date, timeZone)) + input.rowsMoved * input.step;
  const start = instantAt(to.date, minute, timeZone);
  const end = new Date(Date.parse(start) + Date.parse(item.end) - startMs).toISOString();
  const change: RescheduleChange = {};
  if (Date.parse(start) !== startMs) change.start = start;
  let providerId = item.providerId;
  let operatoryId = item.operatoryId;
  if (from.key !== to.key && to.moves === 'provider' && to.provider.id !== item.providerId) {
    providerId = to.provider.id;
    change.providerId = providerId;
  }
  if (from.key !== to.key && to.moves === 'operatory') {
    operatoryId = to.operatory?.id ?? null;
    if (operatoryId !== item.operatoryId) change.operatoryId = operatoryId;
  }
  if (Object.keys(change).length === 0) return null;
  return { item, change, start, end, providerId, operatoryId };
}

/**
 * What dragging the bottom edge of a visit `rowsStretched` rows down (or up, negative) changes:
 * its end, kept on the same wall-clock offset from the grid, at least `step` (and the API's
 * shortest length) and at most the API's longest length after its start. Null when nothing
 * would change.
 */
export function resizeTargetOf(input: {
  item: AppointmentListItem;
  column: ColumnModel;
  rowsStretched: number;
  step: number;
  timeZone: string;
}): MoveTarget | null {
  const { item, column, timeZone } = input;
  const startMinute = wallClockMinutes(Date.parse(item.start), column.date, timeZone);
  const endMinute = Math.round(wallClockMinutes(Date.parse(item.end), column.date, timeZone));
  const shortest = Math.ceil(startMinute) + Math.max(input.step, appointmentMinutes.min);
  const longest = Math.floor(startMinute) + appointmentMinutes.max;
  const wanted = endMinute + input.rowsStretched * input.step;
  const end = instantAt(column.date, Math.min(longest, Math.max(shortest, wanted)), timeZone);
  if (Date.parse(end) === Date.parse(item.end)) return null;
  return {
    item,
    change: { end },
    start: item.start,
    end,
    providerId: item.providerId,
    operatoryId: item.operatoryId,
  };
}
