/** Placeholder until this screen lands. */
export function WaitlistPage() {
  return null;
}
