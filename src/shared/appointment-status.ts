import type { AppointmentStatus } from './scheduling.ts';

/**
 * The appointment life cycle, shared so that the server enforces exactly what the web app
 * offers. `no_show → checked_in` exists because a patient marked absent sometimes walks in
 * late; a finished or cancelled visit never comes back to life.
 */
export const statusTransitions: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  scheduled: ['confirmed', 'checked_in', 'cancelled', 'no_show'],
  confirmed: ['checked_in', 'cancelled', 'no_show'],
  checked_in: ['in_progress', 'cancelled'],
  in_progress: ['completed'],
  completed: [],
  cancelled: [],
  no_show: ['checked_in'],
};

export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return statusTransitions[from].includes(to);
}

/** The statuses an appointment may move to next, in the order of the clinic's day. */
export function nextStatuses(from: AppointmentStatus): readonly AppointmentStatus[] {
  return statusTransitions[from];
}

/** States in which the visit still lies ahead and its time may be moved. */
export function isReschedulable(status: AppointmentStatus): boolean {
  return status === 'scheduled' || status === 'confirmed';
}
