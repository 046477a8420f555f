import type { BookingRequest } from '../booking-request.ts';
import type { ColumnModel } from './build-columns.ts';
import { rowInstants, type TimeAxis } from './time-axis.ts';

/** Cells being dragged over in one column: from the row pressed to the row under the pointer. */
export type Selection = { key: string; anchor: number; current: number };

/** Rows to highlight in a column: those being dragged over, or the free time being booked. */
export function selectionIn(
  column: ColumnModel,
  selection: Selection | null,
  requested: BookingRequest | null,
  axis: TimeAxis,
  timeZone: string,
): { from: number; to: number } | null {
  if (selection?.key === column.key) {
    return {
      from: Math.min(selection.anchor, selection.current),
      to: Math.max(selection.anchor, selection.current),
    };
  }
  if (!requested || requested.providerId !== column.provider.id) return null;
  if (column.operatory !== undefined && (requested.operatoryId ?? null) !== (column.operatory?.id ?? null))
    return null;
  const instants = rowInstants(column.date, axis, timeZone);
  const start = Date.parse(requested.start);
  const end = requested.end ? Date.parse(requested.end) : start + 1;
  const rows = instants.flatMap((instant, row) => {
    const at = Date.parse(instant);
    return at >= start && at < end ? [row] : [];
  });
  const [first] = rows;
  return first === undefined ? null : { from: first, to: rows.at(-1) ?? first };
}
