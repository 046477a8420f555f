import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { Hold } from '../../../../shared/scheduling.ts';
import { type HoldInput, usePlaceHold } from './api/use-place-hold.ts';
import { useReleaseHold } from './api/use-release-hold.ts';

type HeldSlot = z.infer<typeof Hold>;

export type SlotCheck =
  | { state: 'incomplete' }
  | { state: 'checking' }
  | { state: 'held'; hold: HeldSlot }
  | { state: 'failed'; error: unknown };

// Typing a time fires a change per keystroke; only the time the desk settles on is held.
const settleMs = 300;
// Renewed a little before it lapses, so a long phone call does not lose the slot.
const renewBeforeMs = 20_000;

/**
 * Keeps one hold on the slot the form describes: whenever the draft changes, the previous hold
 * is released and a new one placed, in that order (a second hold would collide with the
 * first, since both are the same patient's). A draft of null (form incomplete, drawer closed)
 * releases it. Holds answered for a draft that has since changed are released at once.
 */
export function useSlotHold(draft: HoldInput | null) {
  const placeHold = usePlaceHold().mutateAsync;
  const releaseHold = useReleaseHold().mutateAsync;
  const [check, setCheck] = useState<SlotCheck>({ state: 'incomplete' });
  const [renewals, setRenewals] = useState(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const held = useRef<{ key: string; hold: HeldSlot } | null>(null);
  const generation = useRef(0);
  // Read when the timer fires, so the effect below runs for a changed draft only (by its key).
  const latest = useRef({ draft, placeHold, releaseHold });
  latest.current = { draft, placeHold, releaseHold };
  const key = draft === null ? null : JSON.stringify(draft);

  const releaseHeld = useCallback(async () => {
    const current = held.current;
    held.current = null;
    // Already lapsed or turned into the appointment: nothing left to free.
    if (current) await latest.current.releaseHold(current.hold.id).catch(() => undefined);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `renewals` asks for a fresh hold of the same draft
  useEffect(() => {
    const run = ++generation.current;
    const input = latest.current.draft;
    setCheck(input === null ? { state: 'incomplete' } : { state: 'checking' });
    const timer = setTimeout(
      () => {
        queue.current = queue.current.then(async () => {
          await releaseHeld();
          if (run !== generation.current || input === null || key === null) return;
          try {
            const hold = await latest.current.placeHold(input);
            if (run !== generation.current) {
              await latest.current.releaseHold(hold.id).catch(() => undefined);
              return;
            }
            held.current = { key, hold };
            setCheck({ state: 'held', hold });
          } catch (error) {
            if (run === generation.current) setCheck({ state: 'failed', error });
          }
        });
      },
      input === null ? 0 : settleMs,
    );
    return () => clearTimeout(timer);
  }, [key, renewals, releaseHeld]);

  // Renew before the hold lapses.
  useEffect(() => {
    if (check.state !== 'held') return;
    const wait = Date.parse(check.hold.expiresAt) - Date.now() - renewBeforeMs;
    const timer = setTimeout(() => setRenewals((count) => count + 1), Math.max(wait, 1_000));
    return () => clearTimeout(timer);
  }, [check]);

  // Closing the drawer (unmounting the form) gives the slot back.
  useEffect(
    () => () => {
      generation.current++;
      queue.current = queue.current.then(releaseHeld);
    },
    [releaseHeld],
  );

  return {
    check,
    /** The hold for exactly the current draft, if there is one, for the booking to convert. */
    holdFor: (input: HoldInput) => {
      const current = held.current;
      return current && current.key === JSON.stringify(input) ? current.hold : null;
    },
    /** After the booking took the hold over: there is nothing left to release. */
    forget: () => {
      held.current = null;
      generation.current++;
    },
    /** Places the hold again (after a save found it lapsed or the slot taken). */
    recheck: () => setRenewals((count) => count + 1),
  };
}
