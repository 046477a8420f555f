// What other parts of the app may use of the appointment book; its other files are internal.
// The pages are not exported: the router loads them lazily, straight from routes/.
export { appointmentQueryKeys } from './api/appointment-query-keys.ts';
export { useLiveAppointments } from './api/use-live-appointments.ts';
export { AppointmentActions } from './booking/appointment-actions.tsx';
export { BookingDrawer } from './booking/booking-drawer.tsx';
export type { BookingRequest } from './booking-request.ts';
