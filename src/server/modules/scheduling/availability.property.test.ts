import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type AvailabilityInput,
  type Busy,
  findOpenSlots,
  type Slot,
  type Weekday,
  type WorkingInterval,
} from './availability.ts';

const numRuns = 200;
const minutesPerDay = 24 * 60;
const allWeek: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const providerIds = ['p1', 'p2', 'p3'];

/** Each zone with local dates on which its offset changes (none for UTC and Kolkata: controls). */
const changeDays: [string, string][] = [
  ['America/New_York', '2026-03-08'],
  ['America/New_York', '2026-11-01'],
  ['Europe/Lisbon', '2026-03-29'],
  ['Europe/Lisbon', '2026-10-25'],
  ['America/Sao_Paulo', '2018-11-04'],
  ['America/Sao_Paulo', '2019-02-16'],
  ['Australia/Lord_Howe', '2026-04-05'],
  ['Australia/Lord_Howe', '2026-10-04'],
  ['UTC', '2026-03-08'],
  ['Asia/Kolkata', '2026-10-25'],
];

// Edges around the night-time changes come up often, so the interesting cases are not left to luck.
const edgeMinute = fc.oneof(
  fc.constantFrom(0, 30, 60, 90, 120, 150, 180, 1380, 1410, minutesPerDay),
  fc.integer({ min: 0, max: minutesPerDay }),
);

const providerHours = fc.record({
  weekdays: fc.oneof(fc.constant(allWeek), fc.subarray(allWeek, { minLength: 1 })),
  edges: fc.uniqueArray(edgeMinute, { minLength: 2, maxLength: 7 }),
  touching: fc.boolean(),
});

/** Minutes from the start of the range's first local date, turned into instants below. */
const rangeMinute = fc.integer({ min: -minutesPerDay, max: 6 * minutesPerDay });

const scenario = fc
  .record({
    changeDay: fc.constantFrom(...changeDays),
    // The range always holds the change day, with up to two days either side.
    daysBefore: fc.integer({ min: 0, max: 2 }),
    daysAfter: fc.integer({ min: 0, max: 2 }),
    providers: fc.subarray(providerIds, { minLength: 1 }),
    hours: fc.tuple(providerHours, providerHours, providerHours),
    durationMinutes: fc.oneof(fc.constantFrom(15, 30, 45, 60, 90), fc.integer({ min: 1, max: 180 })),
    bufferMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
    slotStepMinutes: fc.oneof(fc.constantFrom(5, 10, 15, 20, 30, 45, 60), fc.integer({ min: 1, max: 90 })),
    busy: fc.array(
      fc.record({
        providerId: fc.constantFrom(...providerIds),
        startMinute: rangeMinute,
        lengthMinutes: fc.integer({ min: 1, max: 300 }),
      }),
      { maxLength: 10 },
    ),
    holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
    // Each bound is absent half of the time, so that most runs still have slots to check.
    notBeforeMinute: fc.option(rangeMinute, { freq: 2 }),
    notAfterMinute: fc.option(rangeMinute, { freq: 2 }),
  })
  .map((generated): AvailabilityInput => {
    const [timeZone, changeDay] = generated.changeDay;
    const from = Temporal.PlainDate.from(changeDay).subtract({ days: generated.daysBefore });
    const rangeStart = from.toZonedDateTime({ timeZone }).toInstant();
    const at = (minute: number) => rangeStart.add({ minutes: minute });
    return {
      timeZone,
      from,
      to: Temporal.PlainDate.from(changeDay).add({ days: generated.daysAfter }),
      providerIds: generated.providers,
      durationMinutes: generated.durationMinutes,
      bufferMinutes: generated.bufferMinutes,
      slotStepMinutes: generated.slotStepMinutes,
      workingHours: providerIds.flatMap((providerId, index) => {
        const hours = generated.hours[index];
        return hours ? workingHoursOf(providerId, hours) : [];
      }),
      holidays: generated.holidayOffsets.map((days) => from.add({ days })),
      busy: generated.busy.map(({ providerId, startMinute, lengthMinutes }) => ({
        providerId,
        start: at(startMinute),
        end: at(startMinute + lengthMinutes),
      })),
      notBefore: generated.notBeforeMinute === null ? undefined : at(generated.notBeforeMinute),
      notAfter: generated.notAfterMinute === null ? undefined : at(generated.notAfterMinute),
    };
  });

/** Sorted distinct edges paired into disjoint intervals, or chained into touching ones. */
function workingHoursOf(
  providerId: string,
  { weekdays, edges, touching }: { weekdays: Weekday[]; edges: number[]; touching: boolean },
): WorkingInterval[] {
  const sorted = [...edges].sort((a, b) => a - b);
  const pairs: [number, number][] = [];
  for (let index = 0; index + 1 < sorted.length; index += touching ? 1 : 2) {
    const start = sorted[index];
    const end = sorted[index + 1];
    if (start !== undefined && end !== undefined) pairs.push([start, end]);
  }
  return weekdays.flatMap((weekday) =>
    pairs.map(([start, end]) => ({ providerId, weekday, start: wallClock(start), end: wallClock(end) })),
  );
}

function wallClock(minute: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

function minuteOf(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * Reference for a working-interval edge, straight from Temporal and by another route than the
 * implementation: the first instant at which the date's wall clock reads `minute` or later.
 */
function referenceEdge(date: Temporal.PlainDate, minute: number, timeZone: string): Temporal.Instant {
  const key = `${timeZone} ${date} ${minute}`;
  let edge = referenceEdges.get(key);
  if (!edge) {
    edge = resolveEdge(date, minute, timeZone);
    referenceEdges.set(key, edge);
  }
  return edge;
}

// Remembered across runs: the checks ask for the same few edges once per slot.
const referenceEdges = new Map<string, Temporal.Instant>();

function resolveEdge(date: Temporal.PlainDate, minute: number, timeZone: string): Temporal.Instant {
  if (minute === minutesPerDay) return date.add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant();
  const wall = date.toPlainDateTime(new Temporal.PlainTime(Math.floor(minute / 60), minute % 60));
  const earlier = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  if (earlier.toPlainDateTime().equals(wall)) return earlier.toInstant();
  // In a gap, 'later' lands the gap's length past the asked-for time; the gap ended at the last
  // change at or before that instant (1 ns later, because 'previous' excludes its starting point).
  const gapEnd = wall
    .toZonedDateTime(timeZone, { disambiguation: 'later' })
    .add({ nanoseconds: 1 })
    .getTimeZoneTransition('previous');
  if (!gapEnd) throw new Error(`no gap before ${wall} in ${timeZone}`);
  return gapEnd.toInstant();
}

/** The working interval (and its instants) that a slot was offered in, if any. */
function intervalHolding(slot: Slot, input: AvailabilityInput) {
  const local = slot.start.toZonedDateTimeISO(input.timeZone);
  const occupiedEnd = slot.start.add({ minutes: input.durationMinutes + input.bufferMinutes });
  return input.workingHours
    .filter((interval) => interval.providerId === slot.providerId && interval.weekday === local.dayOfWeek)
    .map((interval) => ({
      interval,
      start: referenceEdge(local.toPlainDate(), minuteOf(interval.start), input.timeZone),
      end: referenceEdge(local.toPlainDate(), minuteOf(interval.end), input.timeZone),
    }))
    .find(
      ({ start, end }) =>
        Temporal.Instant.compare(start, slot.start) <= 0 && Temporal.Instant.compare(occupiedEnd, end) <= 0,
    );
}

function overlaps(slot: Slot, input: AvailabilityInput, busy: Busy): boolean {
  const occupiedEnd = slot.start.add({ minutes: input.durationMinutes + input.bufferMinutes });
  return (
    Temporal.Instant.compare(slot.start, busy.end) < 0 &&
    Temporal.Instant.compare(busy.start, occupiedEnd) < 0
  );
}

const describeSlot = (slot: Slot) => `${slot.providerId} ${slot.start} ${slot.end}`;

function localDates(input: AvailabilityInput): Temporal.PlainDate[] {
  const dates: Temporal.PlainDate[] = [];
  for (let date = input.from; Temporal.PlainDate.compare(date, input.to) <= 0; date = date.add({ days: 1 })) {
    dates.push(date);
  }
  return dates;
}

/**
 * The rules read literally: every grid minute of every interval resolved by Temporal on its own,
 * checked against every busy interval. Slow, obviously right, and it shares no code with the
 * implementation's per-day shortcut or its sweep.
 */
function referenceSlots(input: AvailabilityInput): string[] {
  const holidays = new Set(input.holidays.map(String));
  const found: Slot[] = [];
  for (const date of localDates(input)) {
    if (holidays.has(date.toString())) continue;
    for (const providerId of new Set(input.providerIds)) {
      for (const interval of input.workingHours) {
        if (interval.providerId !== providerId || interval.weekday !== date.dayOfWeek) continue;
        const open = referenceEdge(date, minuteOf(interval.start), input.timeZone);
        const close = referenceEdge(date, minuteOf(interval.end), input.timeZone);
        for (
          let minute = minuteOf(interval.start);
          minute < minuteOf(interval.end);
          minute += input.slotStepMinutes
        ) {
          const wall = date.toPlainDateTime(new Temporal.PlainTime(Math.floor(minute / 60), minute % 60));
          const zoned = wall.toZonedDateTime(input.timeZone, { disambiguation: 'earlier' });
          if (!zoned.toPlainDateTime().equals(wall)) continue;
          const slot = {
            providerId,
            start: zoned.toInstant(),
            end: zoned.toInstant().add({ minutes: input.durationMinutes }),
          };
          const occupiedEnd = slot.start.add({ minutes: input.durationMinutes + input.bufferMinutes });
          if (
            Temporal.Instant.compare(slot.start, open) < 0 ||
            Temporal.Instant.compare(occupiedEnd, close) > 0
          )
            continue;
          if (input.notBefore && Temporal.Instant.compare(slot.start, input.notBefore) < 0) continue;
          if (input.notAfter && Temporal.Instant.compare(slot.start, input.notAfter) > 0) continue;
          if (input.busy.some((busy) => busy.providerId === providerId && overlaps(slot, input, busy)))
            continue;
          found.push(slot);
        }
      }
    }
  }
  found.sort((a, b) => Temporal.Instant.compare(a.start, b.start) || (a.providerId < b.providerId ? -1 : 1));
  return found.map(describeSlot);
}

/** Runs a property over generated clinics; `violations` lists what broke, so one expect covers all slots. */
function forAllClinics(violations: (input: AvailabilityInput) => string[]): void {
  fc.assert(
    fc.property(scenario, (input) => {
      expect(violations(input)).toEqual([]);
    }),
    { numRuns },
  );
}

describe('findOpenSlots, for generated clinics across DST changes', () => {
  it('is fed cases that reach the hours around a change (else the properties below prove little)', () => {
    const inputs = fc.sample(scenario, { numRuns: 300, seed: 20260308 });
    const reachingChange = inputs.filter((input) =>
      findOpenSlots(input).some((slot) => {
        const local = slot.start.toZonedDateTimeISO(input.timeZone);
        return local.hoursInDay !== 24 && (local.hour < 4 || local.hour >= 22);
      }),
    );
    expect(reachingChange.length).toBeGreaterThan(inputs.length / 6);
  });

  it('(1) never offers a slot whose duration plus buffer overlaps its provider’s busy time', () => {
    forAllClinics((input) =>
      findOpenSlots(input).flatMap((slot) =>
        input.busy
          .filter((busy) => busy.providerId === slot.providerId && overlaps(slot, input, busy))
          .map((busy) => `${describeSlot(slot)} overlaps busy ${busy.start}–${busy.end}`),
      ),
    );
  });

  it('(2) keeps every slot, with its buffer, inside a working interval of its provider on its local date', () => {
    forAllClinics((input) =>
      findOpenSlots(input)
        .filter((slot) => !input.providerIds.includes(slot.providerId) || !intervalHolding(slot, input))
        .map((slot) => `${describeSlot(slot)} is outside working hours`),
    );
  });

  it('(3) makes every slot exactly as long as the appointment, as elapsed time', () => {
    forAllClinics((input) =>
      findOpenSlots(input)
        .filter((slot) => slot.start.until(slot.end).total('minutes') !== input.durationMinutes)
        .map((slot) => `${describeSlot(slot)} is not ${input.durationMinutes} minutes`),
    );
  });

  it('(4) returns slots sorted by start then provider, without duplicates', () => {
    forAllClinics((input) => {
      const slots = findOpenSlots(input);
      return slots.slice(1).flatMap((slot, index) => {
        const previous = slots[index];
        if (!previous) return [];
        const order = Temporal.Instant.compare(previous.start, slot.start);
        const inOrder = order < 0 || (order === 0 && previous.providerId < slot.providerId);
        return inOrder ? [] : [`${describeSlot(previous)} is not before ${describeSlot(slot)}`];
      });
    });
  });

  it('(5) offers nothing on a holiday, before the minimum notice or beyond the maximum advance', () => {
    forAllClinics((input) => {
      const holidays = new Set(input.holidays.map(String));
      const { notBefore, notAfter } = input;
      return findOpenSlots(input).flatMap((slot) => [
        ...(holidays.has(slot.start.toZonedDateTimeISO(input.timeZone).toPlainDate().toString())
          ? [`${describeSlot(slot)} is on a holiday`]
          : []),
        ...(notBefore && Temporal.Instant.compare(slot.start, notBefore) < 0
          ? [`${describeSlot(slot)} too soon`]
          : []),
        ...(notAfter && Temporal.Instant.compare(slot.start, notAfter) > 0
          ? [`${describeSlot(slot)} too late`]
          : []),
      ]);
    });
  });

  it('(6) gives the same slots for a range as for its days one by one, across the change', () => {
    forAllClinics((input) => {
      const whole = findOpenSlots(input).map(describeSlot);
      const dayByDay = localDates(input)
        .flatMap((date) => findOpenSlots({ ...input, from: date, to: date }))
        .map(describeSlot);
      return differences(whole, dayByDay);
    });
  });

  it('(7) never loses a slot when a busy interval is removed', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (input, pick) => {
        fc.pre(input.busy.length > 0);
        const removed = pick % input.busy.length;
        const freer = new Set(
          findOpenSlots({ ...input, busy: input.busy.filter((_, index) => index !== removed) }).map(
            describeSlot,
          ),
        );
        expect(
          findOpenSlots(input)
            .map(describeSlot)
            .filter((slot) => !freer.has(slot)),
        ).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('(8) starts every slot on the wall-clock step grid of its working interval', () => {
    forAllClinics((input) =>
      findOpenSlots(input).flatMap((slot) => {
        const local = slot.start.toZonedDateTimeISO(input.timeZone);
        const holding = intervalHolding(slot, input);
        if (!holding) return [`${describeSlot(slot)} is outside working hours`];
        const fromIntervalStart = local.hour * 60 + local.minute - minuteOf(holding.interval.start);
        const onGrid = local.second === 0 && fromIntervalStart % input.slotStepMinutes === 0;
        return onGrid
          ? []
          : [`${describeSlot(slot)} (${local.toPlainTime()}) is off the grid from ${holding.interval.start}`];
      }),
    );
  });

  it('(9) agrees with a literal, slot-by-slot reading of the rules', () => {
    forAllClinics((input) => differences(findOpenSlots(input).map(describeSlot), referenceSlots(input)));
  });
});

/** What one list has that the other lacks, or an order difference; empty when equal. */
function differences(actual: string[], expected: string[]): string[] {
  const expectedSet = new Set(expected);
  const actualSet = new Set(actual);
  const found = [
    ...actual.filter((slot) => !expectedSet.has(slot)).map((slot) => `unexpected ${slot}`),
    ...expected.filter((slot) => !actualSet.has(slot)).map((slot) => `missing ${slot}`),
  ];
  if (found.length === 0 && actual.join('\n') !== expected.join('\n'))
    found.push('same slots, different order');
  return found;
}
