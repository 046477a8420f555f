import { Temporal } from 'temporal-polyfill';
import { type BusyTimeline, busyTimeline } from './busy-timeline.ts';
import { type LocalDay, localDay, localDays } from './local-day.ts';
import { parseWallClockTime } from './wall-clock-time.ts';

/**
 * Open slots of the scheduling engine: pure, no clock, no database. Working hours are local
 * wall-clock times in the clinic's zone; busy time and slots are instants (see local-day.ts
 * for how the two meet on DST days).
 *
 * Rules chosen here, each also pinned by availability.test.ts:
 * - Candidate starts lie on a wall-clock grid anchored at each working interval's nominal start
 *   (start, start + step, …), so a 09:00–12:00 interval with a 20-minute step offers 09:00,
 *   09:20, … every day of the year, DST days included (times that do not exist are skipped).
 * - A slot needs [start, start + duration + buffer) inside one working interval and free of the
 *   provider's busy time: the cleanup after the appointment is staff work and may not run past
 *   closing or into a break. The slot itself ends at start + duration.
 * - Intervals are half-open: an appointment ending at 10:00 does not block a slot at 10:00.
 * - `notBefore` and `notAfter` bound the slot's start, both inclusive.
 */

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type WorkingInterval = {
  providerId: string;
  /** ISO weekday, Monday = 1. */
  weekday: Weekday;
  /** Local wall-clock "HH:MM". */
  start: string;
  /**
   * Local wall-clock "HH:MM" after `start`, or "24:00" for the end of the day; overnight
   * intervals are not supported.
   */
  end: string;
};

/** Time a provider cannot be booked: appointments (their buffer already added to `end`), holds, time off. */
export type Busy = { providerId: string; start: Temporal.Instant; end: Temporal.Instant };

export type AvailabilityInput = {
  /** IANA zone of the clinic. */
  timeZone: string;
  /** First local date, inclusive. */
  from: Temporal.PlainDate;
  /** Last local date, inclusive. */
  to: Temporal.PlainDate;
  /** Providers to compute for (those offering the appointment type). */
  providerIds: string[];
  durationMinutes: number;
  /** Cleanup after the appointment: must be free and within working hours, but is not part of the slot. */
  bufferMinutes: number;
  /** Distance between candidate starts, in wall-clock minutes from each working interval's start. */
  slotStepMinutes: number;
  workingHours: WorkingInterval[];
  /** Local dates on which the clinic is closed all day. */
  holidays: Temporal.PlainDate[];
  busy: Busy[];
  /** Minimum notice: no slot starts before this instant. */
  notBefore?: Temporal.Instant;
  /** Maximum advance: no slot starts after this instant. */
  notAfter?: Temporal.Instant;
};

export type Slot = { providerId: string; start: Temporal.Instant; end: Temporal.Instant };

/** A working interval as the instants it covers on one local date. */
export type WorkingTime = {
  workingInterval: WorkingInterval;
  start: Temporal.Instant;
  end: Temporal.Instant;
};

/** A working interval in minutes after local midnight. */
type DailyInterval = { workingInterval: WorkingInterval; startMinute: number; endMinute: number };

/** Per provider, the intervals of each ISO weekday (index 1…7), sorted by start. */
type WeeklyHours = Map<string, DailyInterval[][]>;

type SlotShape = {
  stepMinutes: number;
  occupiedMs: number;
  notBeforeMs: number;
  notAfterMs: number;
};

const msPerMinute = 60_000;

/** Open slots, sorted by start and then by provider id (code-unit order), each once. */
export function findOpenSlots(input: AvailabilityInput): Slot[] {
  const toInstant = instantCache();
  const slots: Slot[] = [];
  // Providers offering the same start come one after another: they share its two instants,
  // which keeps the cache lookups to one pair per distinct start.
  let shared: { startMs: number; start: Temporal.Instant; end: Temporal.Instant } | undefined;
  visitOpenSlots(input, (providerId, startMs, endMs) => {
    if (shared?.startMs !== startMs) shared = { startMs, start: toInstant(startMs), end: toInstant(endMs) };
    slots.push({ providerId, start: shared.start, end: shared.end });
    return true;
  });
  return slots;
}

/**
 * The slots of findOpenSlots, in the same order, handed to `visit` as epoch milliseconds, until
 * `visit` returns false. For callers that want only the first few (suggestions after a
 * conflict) or no Temporal objects: building those is most of findOpenSlots' time on 62 days.
 */
export function visitOpenSlots(
  input: AvailabilityInput,
  visit: (providerId: string, startMs: number, endMs: number) => boolean,
): void {
  validateAvailabilityInput(input);
  const providerIds = [...new Set(input.providerIds)].sort(compareCodeUnits);
  const weeklyHours = weeklyHoursOf(input.workingHours);
  const holidays = new Set(input.holidays.map(isoDate));
  const busyByProvider = busyTimelines(input.busy);
  const noBusyTime = busyTimeline([]);
  const shape: SlotShape = {
    stepMinutes: input.slotStepMinutes,
    occupiedMs: (input.durationMinutes + input.bufferMinutes) * msPerMinute,
    notBeforeMs: input.notBefore?.epochMilliseconds ?? Number.NEGATIVE_INFINITY,
    notAfterMs: input.notAfter?.epochMilliseconds ?? Number.POSITIVE_INFINITY,
  };
  const durationMs = input.durationMinutes * msPerMinute;

  for (const day of localDays(input.from, input.to, input.timeZone)) {
    if (holidays.has(isoDate(day.date))) continue;
    const startsByProvider = providerIds.map((providerId) => {
      const starts: number[] = [];
      const busy = busyByProvider.get(providerId) ?? noBusyTime;
      for (const interval of weeklyHours.get(providerId)?.[day.date.dayOfWeek] ?? []) {
        openStartsIn(day, interval, shape, busy, starts);
      }
      // Already increasing in every real zone (see mergeByStart); a day with two offset changes
      // that folded the clock back over an earlier gap could break that, and costs one sort.
      if (starts.some((startMs, index) => index > 0 && startMs <= (starts[index - 1] ?? startMs))) {
        starts.sort((a, b) => a - b);
      }
      return { providerId, starts };
    });
    const finished = !mergeByStart(startsByProvider, (providerId, startMs) =>
      visit(providerId, startMs, startMs + durationMs),
    );
    if (finished) return;
  }
}

/**
 * The instants of a provider's working intervals on a local date, in order (holidays are the
 * caller's business); an interval that falls wholly in a DST gap is left out.
 */
export function workingIntervalsOn(query: {
  timeZone: string;
  date: Temporal.PlainDate;
  providerId: string;
  workingHours: WorkingInterval[];
}): WorkingTime[] {
  const intervals = weeklyHoursOf(query.workingHours).get(query.providerId)?.[query.date.dayOfWeek] ?? [];
  const day = localDay(query.date, query.timeZone);
  return intervals.flatMap(({ workingInterval, startMinute, endMinute }) => {
    const startMs = day.edgeAt(startMinute);
    const endMs = day.edgeAt(endMinute);
    if (endMs <= startMs) return [];
    const start = Temporal.Instant.fromEpochMilliseconds(startMs);
    return [{ workingInterval, start, end: Temporal.Instant.fromEpochMilliseconds(endMs) }];
  });
}

/** Appends to `starts` each open start of one working interval on one date. */
function openStartsIn(
  day: LocalDay,
  { startMinute, endMinute }: DailyInterval,
  shape: SlotShape,
  busy: BusyTimeline,
  starts: number[],
): void {
  const openMs = day.edgeAt(startMinute);
  const closeMs = day.edgeAt(endMinute);
  for (let minute = startMinute; minute < endMinute; minute += shape.stepMinutes) {
    const startMs = day.startAt(minute);
    // A grid time inside a DST gap does not exist today: skipped, never moved to another time.
    if (startMs === undefined || startMs < openMs) continue;
    const occupiedEndMs = startMs + shape.occupiedMs;
    if (occupiedEndMs > closeMs) continue;
    if (startMs < shape.notBeforeMs || startMs > shape.notAfterMs) continue;
    if (busy.overlaps(startMs, occupiedEndMs)) continue;
    starts.push(startMs);
  }
}

/**
 * Visits one date's starts of all providers (given in provider id order) by start, then by
 * provider, until `visit` returns false (then returns false too). Each provider's list is
 * increasing: its intervals are disjoint and sorted, and a later wall-clock minute of a date is a
 * later instant. Providers mostly share a grid, so each round takes the earliest start and every
 * provider offering it, rather than sorting the whole day.
 */
function mergeByStart(
  startsByProvider: { providerId: string; starts: number[] }[],
  visit: (providerId: string, startMs: number) => boolean,
): boolean {
  const heads = startsByProvider.map(() => 0);
  // Reading past an array's end is slow in V8; every read below is bound-checked first.
  const headOf = (rank: number) => {
    const starts = startsByProvider[rank]?.starts ?? [];
    const head = heads[rank] ?? 0;
    return head < starts.length ? (starts[head] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  };
  for (;;) {
    let nextMs = Number.POSITIVE_INFINITY;
    for (let rank = 0; rank < startsByProvider.length; rank++) nextMs = Math.min(nextMs, headOf(rank));
    if (nextMs === Number.POSITIVE_INFINITY) return true;
    for (const [rank, { providerId }] of startsByProvider.entries()) {
      if (headOf(rank) !== nextMs) continue;
      heads[rank] = (heads[rank] ?? 0) + 1;
      if (!visit(providerId, nextMs)) return false;
    }
  }
}

function weeklyHoursOf(workingHours: WorkingInterval[]): WeeklyHours {
  const weekly: WeeklyHours = new Map();
  for (const workingInterval of workingHours) {
    const { providerId, weekday } = workingInterval;
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw new RangeError(`Working interval weekday ${weekday} is not an ISO weekday 1…7`);
    }
    const startMinute = parseWallClockTime(workingInterval.start, { endOfDay: false });
    const endMinute = parseWallClockTime(workingInterval.end, { endOfDay: true });
    if (endMinute <= startMinute) {
      throw new RangeError(
        `Working interval ${workingInterval.start}–${workingInterval.end} must end after it starts (overnight intervals are not supported)`,
      );
    }
    let week = weekly.get(providerId);
    if (!week) {
      week = Array.from({ length: 8 }, () => []);
      weekly.set(providerId, week);
    }
    week[weekday]?.push({ workingInterval, startMinute, endMinute });
  }
  for (const [providerId, week] of weekly) {
    for (const intervals of week) {
      intervals.sort((a, b) => a.startMinute - b.startMinute);
      // A slot must fit in one interval; overlapping ones would make "which interval, which grid"
      // ambiguous. Touching intervals (a break of zero length) are fine.
      for (let index = 1; index < intervals.length; index++) {
        const previous = intervals[index - 1];
        const interval = intervals[index];
        if (previous && interval && interval.startMinute < previous.endMinute) {
          throw new RangeError(
            `Working intervals of provider ${providerId} overlap on weekday ${interval.workingInterval.weekday}`,
          );
        }
      }
    }
  }
  return weekly;
}

function busyTimelines(busy: Busy[]): Map<string, BusyTimeline> {
  const ranges = new Map<string, { startMs: number; endMs: number }[]>();
  for (const { providerId, start, end } of busy) {
    if (Temporal.Instant.compare(end, start) < 0) {
      throw new RangeError(
        `Busy interval of provider ${providerId} ends (${end}) before it starts (${start})`,
      );
    }
    const list = ranges.get(providerId) ?? [];
    list.push({ startMs: start.epochMilliseconds, endMs: end.epochMilliseconds });
    ranges.set(providerId, list);
  }
  return new Map([...ranges].map(([providerId, list]) => [providerId, busyTimeline(list)]));
}

function validateAvailabilityInput(input: AvailabilityInput): void {
  // Throws a RangeError for a zone Temporal does not know.
  input.from.toZonedDateTime({ timeZone: input.timeZone });
  if (Temporal.PlainDate.compare(input.from, input.to) > 0) {
    throw new RangeError(`Availability range ends (${input.to}) before it starts (${input.from})`);
  }
  requireInteger('durationMinutes', input.durationMinutes, 1);
  requireInteger('slotStepMinutes', input.slotStepMinutes, 1);
  requireInteger('bufferMinutes', input.bufferMinutes, 0);
}

function requireInteger(name: string, value: number, minimum: number): void {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new RangeError(`${name} must be an integer of at least ${minimum}, got ${value}`);
  }
}

/**
 * Slots share instants (one slot's end is often a later slot's start); Temporal objects are
 * the costly part of the output, so each is built once per call.
 */
function instantCache(): (epochMs: number) => Temporal.Instant {
  const instants = new Map<number, Temporal.Instant>();
  return (epochMs) => {
    let instant = instants.get(epochMs);
    if (!instant) {
      instant = Temporal.Instant.fromEpochMilliseconds(epochMs);
      instants.set(epochMs, instant);
    }
    return instant;
  };
}

/** The ISO date alone, so that a holiday matches whatever calendar either date was made in. */
function isoDate(date: Temporal.PlainDate): string {
  return date.toString({ calendarName: 'never' });
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
