/** Placeholder until this screen lands. */
export function SchedulingSetupPage() {
  return null;
}
