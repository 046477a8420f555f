/** Placeholder until this screen lands. */
export function MySchedulePage() {
  return null;
}
