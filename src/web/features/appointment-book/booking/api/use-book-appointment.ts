import { Appointment, type BookAppointmentInput } from '../../../../../shared/scheduling.ts';
import { type BookingAttempt, useBookingMutation } from './use-booking-mutation.ts';

export type BookAttempt = BookingAttempt<BookAppointmentInput>;

/** POST /appointments. */
export function useBookAppointment() {
  return useBookingMutation<BookAppointmentInput, Appointment>('/api/v1/appointments', Appointment);
}
