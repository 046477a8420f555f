import { AppointmentBook } from '../components/appointment-book.tsx';

/** /appointments: the clinic's calendar (day by provider or chair, a provider's week, the month). */
export function AppointmentBookPage() {
  return <AppointmentBook />;
}
