import { canTransition } from '../../../../shared/appointment-status.ts';
import type { Appointment } from '../../../../shared/scheduling.ts';

/**
 * The visits "cancel this and all following" would cancel, as the server picks them: from this
 * visit's start on, still ahead, and in a status that may be cancelled.
 */
export function visitsFrom(visits: readonly Appointment[], from: Appointment, now: Date): Appointment[] {
  const start = Date.parse(from.start);
  return visits.filter(
    (visit) =>
      Date.parse(visit.start) >= start &&
      Date.parse(visit.start) > now.getTime() &&
      canTransition(visit.status, 'cancelled'),
  );
}
