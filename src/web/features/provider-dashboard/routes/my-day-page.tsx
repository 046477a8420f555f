/** Placeholder until this screen lands. */
export function MyDayPage() {
  return null;
}
