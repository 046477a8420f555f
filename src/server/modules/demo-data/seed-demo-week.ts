import type { Faker } from '@faker-js/faker';
import { and, count, inArray, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { AppointmentStatus } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { appointments } from '../../db/schema.ts';
import { ProblemError } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { takePayment } from '../billing/take-payment.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { bookAppointment } from '../scheduling/book-appointment.ts';
import { changeAppointmentStatus } from '../scheduling/change-appointment.ts';
import { type DemoClinic, type DemoTypeRow, dentistHours, hygienistHours } from './seed-demo-clinic.ts';

export type DemoWeek = {
  appointments: number;
  byStatus: Partial<Record<AppointmentStatus, number>>;
  payments: number;
  /** Set when the week already had demo appointments, so none were added. */
  skipped: boolean;
};

type Slot = Omit<Visit, 'patientId'>;
type Visit = {
  patientId: string;
  providerId: string;
  chairId: string;
  type: DemoTypeRow;
  start: Temporal.ZonedDateTime;
  end: Temporal.ZonedDateTime;
};

const minutes = (n: number) => Temporal.Duration.from({ minutes: n });

/** Each provider's visits of one day: back to back, with a few free slots, inside their hours. */
function planDay(
  faker: Faker,
  date: Temporal.PlainDate,
  timeZone: string,
  provider: DemoClinic['providers'][number],
  chairId: string,
  types: DemoTypeRow[],
): Slot[] {
  const hours = (provider.hygienist ? hygienistHours : dentistHours).filter(
    (interval) => interval.weekday === date.dayOfWeek,
  );
  const offered = provider.hygienist
    ? types.filter((type) => type.key === 'cleaning' || type.key === 'exam')
    : types;
  const visits: Slot[] = [];
  for (const interval of hours) {
    let at = date.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(interval.start) });
    const closes = date.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(interval.end) });
    while (true) {
      if (faker.datatype.boolean(0.35)) at = at.add(minutes(30));
      const type = faker.helpers.arrayElement(offered);
      const end = at.add(minutes(type.durationMinutes));
      if (Temporal.ZonedDateTime.compare(end.add(minutes(type.bufferMinutes)), closes) > 0) break;
      visits.push({ providerId: provider.id, chairId, type, start: at, end });
      at = end.add(minutes(type.bufferMinutes));
    }
  }
  return visits;
}

/** The steps a visit went through by now, as the desk would have clicked them. */
function lifeCycle(faker: Faker, visit: Visit, now: Temporal.Instant): AppointmentStatus[] {
  const started = Temporal.Instant.compare(visit.start.toInstant(), now) <= 0;
  const ended = Temporal.Instant.compare(visit.end.toInstant(), now) <= 0;
  const soon = Temporal.Instant.compare(visit.start.toInstant(), now.add({ minutes: 15 })) <= 0;
  if (ended) {
    return faker.helpers.weightedArrayElement([
      { weight: 75, value: ['checked_in', 'in_progress', 'completed'] as AppointmentStatus[] },
      { weight: 12, value: ['no_show'] as AppointmentStatus[] },
      { weight: 13, value: ['cancelled'] as AppointmentStatus[] },
    ]);
  }
  if (started) return ['checked_in', 'in_progress'];
  if (soon) return ['confirmed', 'checked_in'];
  return faker.helpers.weightedArrayElement([
    { weight: 50, value: [] as AppointmentStatus[] },
    { weight: 42, value: ['confirmed'] as AppointmentStatus[] },
    { weight: 8, value: ['cancelled'] as AppointmentStatus[] },
  ]);
}

/** When each step happened: check-in a little early, the chair at the start, done at the end. */
function stepTime(visit: Visit, step: AppointmentStatus, now: Temporal.Instant): Date {
  const start = visit.start.toInstant();
  const at: Record<AppointmentStatus, Temporal.Instant> = {
    scheduled: start.subtract({ hours: 72 }),
    confirmed: start.subtract({ hours: 24 }),
    checked_in: start.subtract({ minutes: 5 }),
    in_progress: start,
    completed: visit.end.toInstant(),
    no_show: start.add({ minutes: 20 }),
    cancelled: start.subtract({ hours: 20 }),
  };
  const when = at[step];
  // Nothing is dated in the future; a step due later is taken as done just now.
  return new Date(Math.min(when.epochMilliseconds, now.epochMilliseconds));
}

async function weekHasDemoVisits(
  ctx: AppContext,
  providerIds: string[],
  from: Temporal.Instant,
  to: Temporal.Instant,
): Promise<boolean> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(appointments)
    .where(
      and(
        inArray(appointments.providerId, providerIds),
        sql`${appointments.period} && tstzrange(${from.toString()}::timestamptz, ${to.toString()}::timestamptz)`,
      ),
    );
  return (row?.n ?? 0) > 0;
}

/**
 * The current week of the book (Monday to Friday in the clinic's zone): past visits completed,
 * missed or cancelled, today's in every state, the rest booked ahead. All through the booking
 * and status services with the clock set to when each step happened, so completions post their
 * fees; most completed visits are paid at the desk in cash or on the terminal.
 */
export async function seedDemoWeek(
  ctx: AppContext,
  actor: Actor,
  source: AuditSource,
  clinic: DemoClinic,
  patientIds: string[],
  faker: Faker,
): Promise<DemoWeek> {
  const { timeZone } = await getClinicSettings(ctx.db);
  const now = Temporal.Instant.fromEpochMilliseconds(ctx.now().getTime());
  const today = now.toZonedDateTimeISO(timeZone).toPlainDate();
  const monday = today.subtract({ days: today.dayOfWeek - 1 });
  const weekStart = monday.toZonedDateTime({ timeZone }).toInstant();
  const weekEnd = monday.add({ days: 7 }).toZonedDateTime({ timeZone }).toInstant();
  const providerIds = clinic.providers.map((provider) => provider.id);
  const result: DemoWeek = { appointments: 0, byStatus: {}, payments: 0, skipped: false };
  if (providerIds.length === 0 || patientIds.length === 0) return result;
  if (await weekHasDemoVisits(ctx, providerIds, weekStart, weekEnd)) return { ...result, skipped: true };

  const slots: Slot[] = [];
  for (let day = 0; day < 5; day++) {
    const date = monday.add({ days: day });
    clinic.providers.forEach((provider, index) => {
      const chairId = clinic.chairIds[index % clinic.chairIds.length] ?? clinic.chairIds[0];
      if (!chairId) return;
      slots.push(...planDay(faker, date, timeZone, provider, chairId, clinic.types));
    });
  }
  // Too few patients for a full book: keep the visits under way now, and spread the rest over the week.
  const underway = (slot: Slot) =>
    Temporal.Instant.compare(slot.start.toInstant(), now) <= 0 &&
    Temporal.Instant.compare(now, slot.end.toInstant()) < 0;
  const kept = slots.filter(underway).slice(0, patientIds.length);
  const others = slots.filter((slot) => !underway(slot));
  kept.push(...faker.helpers.arrayElements(others, Math.min(others.length, patientIds.length - kept.length)));
  kept.sort((a, b) => Temporal.Instant.compare(a.start.toInstant(), b.start.toInstant()));
  const queue = faker.helpers.shuffle([...patientIds]);
  const visits: Visit[] = kept.flatMap((slot) => {
    const patientId = queue.pop();
    return patientId ? [{ ...slot, patientId }] : [];
  });

  const at = (time: Date): AppContext => ({ ...ctx, now: () => time });
  for (const visit of visits) {
    const bookedAt = stepTime(visit, 'scheduled', now);
    const booked = await bookAppointment(
      at(bookedAt),
      actor,
      {
        patientId: visit.patientId,
        providerId: visit.providerId,
        appointmentTypeId: visit.type.id,
        operatoryId: visit.chairId,
        start: visit.start.toInstant().toString(),
      },
      source,
    ).catch((error: unknown) => {
      // A clinic already in use may have that chair or patient taken then: the demo steps aside.
      if (error instanceof ProblemError && error.status === 409) return undefined;
      throw error;
    });
    if (!booked) continue;
    let status: AppointmentStatus = 'scheduled';
    for (const step of lifeCycle(faker, visit, now)) {
      const reason = step === 'cancelled' ? 'Patient called to reschedule (demo)' : null;
      await changeAppointmentStatus(at(stepTime(visit, step, now)), actor, booked.id, step, source, reason);
      status = step;
    }
    result.appointments++;
    result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
    if (status === 'completed' && visit.type.priceCents > 0 && faker.datatype.boolean(0.7)) {
      const paidAt = new Date(
        Math.min(stepTime(visit, 'completed', now).getTime() + 5 * 60_000, now.epochMilliseconds),
      );
      await takePayment(
        at(paidAt),
        actor,
        {
          patientId: visit.patientId,
          amountCents: visit.type.priceCents,
          method: faker.helpers.arrayElement(['cash', 'card_terminal'] as const),
        },
        source,
      );
      result.payments++;
    }
  }
  return result;
}
