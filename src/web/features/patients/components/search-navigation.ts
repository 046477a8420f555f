/**
 * The option ArrowDown (step 1) or ArrowUp (step -1) makes active. Options are tracked by id,
 * not index, so results arriving for the next keystroke cannot shift the highlight onto
 * another patient. Wraps at both ends, as listboxes usually do.
 */
export function moveActive(ids: readonly string[], activeId: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const current = activeId === null ? -1 : ids.indexOf(activeId);
  if (current === -1) return (step === 1 ? ids[0] : ids[ids.length - 1]) ?? null;
  return ids[(current + step + ids.length) % ids.length] ?? null;
}
