import type { Appointment } from '../../../../shared/scheduling.ts';
import type { BookingRequest } from '../booking-request.ts';

export type BookingDrawerProps = {
  /** Open while not null: the free time that was clicked or dragged over. */
  request: BookingRequest | null;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
};

/** Placeholder until the booking drawer lands. */
export function BookingDrawer(_props: BookingDrawerProps) {
  return null;
}
