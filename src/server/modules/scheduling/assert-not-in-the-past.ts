import { Temporal } from 'temporal-polyfill';
import { problem } from '../../lib/problem.ts';
import type { Actor } from '../auth/authenticate.ts';

/**
 * A new booking that starts before now is most often a slip of the date picker: patients may
 * never make one, and the desk must say it means it (`allowPast`, e.g. writing up a walk-in).
 */
export function assertNotInThePast(
  actor: Actor,
  booking: { start: string; allowPast?: boolean | undefined },
  now: Date,
): void {
  if (Temporal.Instant.from(booking.start).epochMilliseconds >= now.getTime()) return;
  if (actor.role !== 'patient' && booking.allowPast) return;
  throw problem(
    422,
    'in_the_past',
    actor.role === 'patient'
      ? 'That time has already passed. Choose a later time.'
      : 'That time is in the past. Send allowPast: true to book it anyway.',
  );
}
