import type { AppointmentsTotals } from '../../../shared/reports.ts';
import type { AppointmentStatus } from '../../../shared/scheduling.ts';

/** One group's count of appointments in one status, and how many of those were late cancellations. */
export type StatusCount = { status: AppointmentStatus; count: number; late: number };

/** A share, or null when there is nothing to share out (no denominator). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * No-show rate: no-shows ÷ (completed + no-shows). Visits still ahead or cancelled say nothing
 * about whether patients turn up, so they are left out of both sides.
 */
export function noShowRate(completed: number, noShow: number): number | null {
  return ratio(noShow, completed + noShow);
}

/** A group's figures from its per-status counts. */
export function appointmentFigures(counts: readonly StatusCount[]): AppointmentsTotals {
  const of = (status: AppointmentStatus) =>
    counts.filter((count) => count.status === status).reduce((sum, count) => sum + count.count, 0);
  const completed = of('completed');
  const noShow = of('no_show');
  return {
    total: counts.reduce((sum, count) => sum + count.count, 0),
    scheduled: of('scheduled'),
    confirmed: of('confirmed'),
    checkedIn: of('checked_in'),
    inProgress: of('in_progress'),
    completed,
    cancelled: of('cancelled'),
    lateCancellations: counts.reduce((sum, count) => sum + count.late, 0),
    noShow,
    noShowRate: noShowRate(completed, noShow),
  };
}

export const statusLabels: Record<AppointmentStatus, string> = {
  scheduled: 'Scheduled',
  confirmed: 'Confirmed',
  checked_in: 'Checked in',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};
