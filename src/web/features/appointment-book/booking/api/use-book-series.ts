import { AppointmentSeries, type CreateAppointmentSeriesInput } from '../../../../../shared/recurring.ts';
import { type BookingAttempt, useBookingMutation } from './use-booking-mutation.ts';

export type SeriesAttempt = BookingAttempt<CreateAppointmentSeriesInput>;

/** POST /appointment-series: every visit of the rule or none (`409 series_conflict` lists the clashing ones). */
export function useBookSeries() {
  return useBookingMutation<CreateAppointmentSeriesInput, AppointmentSeries>(
    '/api/v1/appointment-series',
    AppointmentSeries,
  );
}
