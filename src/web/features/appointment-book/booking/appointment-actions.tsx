import type { Appointment } from '../../../../shared/scheduling.ts';

export type AppointmentActionsProps = {
  appointment: Appointment;
  onChanged?: (appointment: Appointment) => void;
};

/** Placeholder until status changes land. */
export function AppointmentActions(_props: AppointmentActionsProps) {
  return null;
}
