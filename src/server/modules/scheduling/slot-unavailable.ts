import { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import { type ProblemError, problem } from '../../lib/problem.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { visitOpenSlots } from './availability.ts';
import { loadAvailabilityInput } from './availability-data.ts';
import type { PlannedVisit } from './book-appointment.ts';
import { inClinicZone, localDateOf } from './booking-rules.ts';
import { findBlockers } from './conflicts.ts';
import { patientAndChairBusy } from './patient-and-chair-busy.ts';

const suggestionCount = 3;
const suggestionHorizonDays = 14;

/**
 * The next starts at which this very visit would be booked: same type and provider, and the
 * patient and the chair asked for free too (buffers and working hours as always).
 */
export async function nextOpenSlots(
  ctx: AppContext,
  visit: PlannedVisit,
  now: Date,
  ignoreAppointmentId?: string,
) {
  const clinic = await getClinicSettings(ctx.db);
  const start = Temporal.Instant.fromEpochMilliseconds(visit.start.getTime());
  const from = localDateOf(start, clinic.timeZone);
  const input = await loadAvailabilityInput(ctx.db, {
    timeZone: clinic.timeZone,
    from,
    to: from.add({ days: suggestionHorizonDays }),
    providerIds: [visit.providerId],
    type: visit.type,
    slotStepMinutes: clinic.bookingPolicy.slotStepMinutes,
    now,
    notBefore: Temporal.Instant.fromEpochMilliseconds(Math.max(now.getTime(), visit.start.getTime())),
    ...(ignoreAppointmentId ? { ignoreAppointmentId } : {}),
  });
  const window = {
    start: from.subtract({ days: 1 }).toZonedDateTime({ timeZone: clinic.timeZone }).toInstant(),
    end: from
      .add({ days: suggestionHorizonDays + 2 })
      .toZonedDateTime({ timeZone: clinic.timeZone })
      .toInstant(),
  };
  const visitBusy = await patientAndChairBusy(
    ctx.db,
    { ...visit, bufferMinutes: visit.type.bufferMinutes },
    window,
    now,
    ignoreAppointmentId,
  );
  input.busy.push(...visitBusy);
  const suggestions: { providerId: string; start: string; end: string }[] = [];
  visitOpenSlots(input, (providerId, startMs, endMs) => {
    suggestions.push({
      providerId,
      start: inClinicZone(Temporal.Instant.fromEpochMilliseconds(startMs), clinic.timeZone),
      end: inClinicZone(Temporal.Instant.fromEpochMilliseconds(endMs), clinic.timeZone),
    });
    return suggestions.length < suggestionCount;
  });
  return suggestions;
}

/** `409 slot_unavailable`, explained: who is in the way, and where the visit could go instead. */
export async function slotUnavailable(
  ctx: AppContext,
  actor: Actor,
  visit: PlannedVisit,
  now: Date,
  excludeAppointmentId?: string,
): Promise<ProblemError> {
  const blockers = await findBlockers(
    ctx.db,
    { ...visit, ...(excludeAppointmentId ? { excludeAppointmentId } : {}) },
    actor,
    now,
  );
  const suggestions = await nextOpenSlots(ctx, visit, now, excludeAppointmentId);
  return problem(409, 'slot_unavailable', 'That time is already taken.', {
    extensions: { blockers, suggestions },
  });
}
