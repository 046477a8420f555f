/** Placeholder until this screen lands. */
export function AppointmentBookPage() {
  return null;
}
