import { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import { problem } from '../../lib/problem.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { visitOpenSlots } from './availability.ts';
import { loadAvailabilityInput, providersOffering } from './availability-data.ts';
import { activeAppointmentType, inClinicZone } from './booking-rules.ts';
import { bookingWindow } from './patient-booking-policy.ts';

const maxRangeDays = 62;

/** Open slots per API.md; patients and anonymous callers see only online types within the booking policy. */
export async function getAvailability(
  ctx: AppContext,
  actor: Actor | null,
  query: { appointmentTypeId: string; from: string; to: string; providerId?: string | undefined },
) {
  const clinic = await getClinicSettings(ctx.db);
  const from = Temporal.PlainDate.from(query.from);
  const to = Temporal.PlainDate.from(query.to);
  if (Temporal.PlainDate.compare(to, from) < 0 || from.until(to).days > maxRangeDays) {
    throw problem(422, 'validation_failed', 'Some values break a rule.', {
      errors: [{ path: 'query.to', message: `Must be on or after from, at most ${maxRangeDays} days later` }],
    });
  }
  const type = await activeAppointmentType(ctx.db, query.appointmentTypeId).catch(() => undefined);
  const publicCaller = actor === null || actor.role === 'patient';
  if (!type || (publicCaller && !type.bookableOnline)) {
    throw problem(404, 'not_found', 'No such appointment type.');
  }
  const now = ctx.now();
  const window = publicCaller
    ? bookingWindow(clinic, now)
    : { notBefore: Temporal.Instant.fromEpochMilliseconds(now.getTime()) };
  const input = await loadAvailabilityInput(ctx.db, {
    timeZone: clinic.timeZone,
    from,
    to,
    providerIds: await providersOffering(ctx.db, type.id, query.providerId),
    type,
    slotStepMinutes: clinic.bookingPolicy.slotStepMinutes,
    now,
    ...window,
  });
  // Slots share their instants (one provider's end is another's start), so each is written once.
  const written = new Map<number, string>();
  const write = (epochMs: number) => {
    let text = written.get(epochMs);
    if (text === undefined) {
      text = inClinicZone(Temporal.Instant.fromEpochMilliseconds(epochMs), clinic.timeZone);
      written.set(epochMs, text);
    }
    return text;
  };
  const slots: { providerId: string; start: string; end: string }[] = [];
  visitOpenSlots(input, (providerId, startMs, endMs) => {
    slots.push({ providerId, start: write(startMs), end: write(endMs) });
    return true;
  });
  return { timeZone: clinic.timeZone, slots };
}
