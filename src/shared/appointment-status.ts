import type { AppointmentStatus } from './scheduling.ts';

/**
 * The appointment life cycle, shared so that the server enforces exactly what the web app
 * offers. `no_show → checked_in` exists because a patient marked absent sometimes walks in
 * late; a cancelled visit never comes back to life, and a completion is undone only by a
 * manager (see `transitionPermission`).
 */
export const statusTransitions: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  scheduled: ['confirmed', 'checked_in', 'cancelled', 'no_show'],
  confirmed: ['checked_in', 'cancelled', 'no_show'],
  checked_in: ['in_progress', 'cancelled'],
  in_progress: ['completed'],
  // Undoing a completion (its fee is reversed): only roles with `appointments.reopen`.
  completed: ['in_progress'],
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

/** The permission a change needs: undoing a completion is a manager's call, the rest the desk's. */
export function transitionPermission(
  from: AppointmentStatus,
  to: AppointmentStatus,
): 'appointments.status' | 'appointments.reopen' {
  return from === 'completed' && to === 'in_progress' ? 'appointments.reopen' : 'appointments.status';
}

/** States in which the visit still lies ahead and its time may be moved. */
export function isReschedulable(status: AppointmentStatus): boolean {
  return status === 'scheduled' || status === 'confirmed';
}
