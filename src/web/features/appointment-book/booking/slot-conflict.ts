import { z } from 'zod';
import { Blocker, OutsideWorkingHours, Slot } from '../../../../shared/scheduling.ts';
import { ApiError } from '../../../api/api-error.ts';

/** An open time the server suggests instead. */
export type OpenSlot = z.infer<typeof Slot>;

export type SlotConflict = { blockers: Blocker[]; suggestions: OpenSlot[] };

const ConflictMembers = z.object({
  blockers: z.array(Blocker).default([]),
  suggestions: z.array(Slot).default([]),
});

// When one appointment is in the way several times over (same provider and same patient), one
// sentence about it is enough; the patient's own double booking says the most.
const resourcePriority: Record<Blocker['resource'], number> = {
  patient: 0,
  provider: 1,
  operatory: 2,
  time_off: 3,
};

/** The blockers and suggestions of a `409 slot_unavailable`, or null for any other error. */
export function slotConflictOf(error: unknown): SlotConflict | null {
  if (!(error instanceof ApiError) || error.code !== 'slot_unavailable') return null;
  const parsed = ConflictMembers.safeParse(error.extensions);
  if (!parsed.success) return { blockers: [], suggestions: [] };
  return { blockers: oneBlockerPerAppointment(parsed.data.blockers), suggestions: parsed.data.suggestions };
}

export function oneBlockerPerAppointment(blockers: readonly Blocker[]): Blocker[] {
  const chosen = new Map<string, Blocker>();
  blockers.forEach((blocker, index) => {
    const key = blocker.appointmentId ?? `${blocker.resource}:${index}`;
    const current = chosen.get(key);
    if (!current || resourcePriority[blocker.resource] < resourcePriority[current.resource]) {
      chosen.set(key, blocker);
    }
  });
  return [...chosen.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/**
 * The details of a `422 outside_working_hours`: whether only the clean-up runs past the hours,
 * and who would still be in the way, so the desk sees every reason before ticking the override.
 * Null for any other error.
 */
export function outsideHoursOf(error: unknown): OutsideWorkingHours | null {
  if (!(error instanceof ApiError) || error.code !== 'outside_working_hours') return null;
  const parsed = OutsideWorkingHours.safeParse(error.extensions);
  if (!parsed.success) return { reason: 'hours', bufferMinutes: 0, blockers: [] };
  return { ...parsed.data, blockers: oneBlockerPerAppointment(parsed.data.blockers) };
}

type SentenceKey = 'slot.outsideHoursBody' | 'slot.bufferPastHours';

/** Which sentence explains the outside-hours answer, and its values. */
export function outsideHoursSentence(
  answer: OutsideWorkingHours,
  provider: string,
): { key: SentenceKey; values: { provider: string; minutes: number } } {
  const key =
    answer.reason === 'buffer' && answer.bufferMinutes > 0 ? 'slot.bufferPastHours' : 'slot.outsideHoursBody';
  return { key, values: { provider, minutes: answer.bufferMinutes } };
}

/** The note after a blocker's sentence when only a clean-up buffer is in the way, or null. */
export function blockerNoteKey(blocker: Blocker): 'slot.viaBuffer' | null {
  return blocker.viaBuffer ? 'slot.viaBuffer' : null;
}
