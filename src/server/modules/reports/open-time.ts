import type { AvailabilityInput, WorkingInterval } from '../scheduling/availability.ts';
import { type LocalDay, localDays } from '../scheduling/local-day.ts';
import { parseWallClockTime } from '../scheduling/wall-clock-time.ts';

/** A stretch of time in epoch milliseconds, half-open [startMs, endMs). */
export type Range = { startMs: number; endMs: number };

export type OpenTime = {
  /** Minutes each provider could be booked: working hours − time off, holidays closed. */
  providerMinutes: Map<string, number>;
  /** Minutes at least one provider was open: what a chair could be used (see utilization-report.ts). */
  clinicMinutes: number;
};

const msPerMinute = 60_000;

/**
 * The open time of the availability engine's own inputs (loadAvailabilityInput without
 * appointments: working hours, holidays, and time off as busy time). Pure.
 */
export function openTime(
  input: Pick<
    AvailabilityInput,
    'timeZone' | 'from' | 'to' | 'providerIds' | 'workingHours' | 'holidays' | 'busy'
  >,
): OpenTime {
  const holidays = new Set(input.holidays.map((date) => date.toString()));
  const weekly = weeklyMinutes(input.workingHours);
  const awayOf = groupBy(
    input.busy.map((busy) => ({
      providerId: busy.providerId,
      startMs: busy.start.epochMilliseconds,
      endMs: busy.end.epochMilliseconds,
    })),
    (range) => range.providerId,
  );
  const providerMs = new Map(input.providerIds.map((id) => [id, 0]));
  let clinicMs = 0;
  for (const day of localDays(input.from, input.to, input.timeZone)) {
    if (holidays.has(day.date.toString())) continue;
    const openToday: Range[] = [];
    // Read once a day: a Temporal getter per provider and day was a sixth of a year's sweep.
    const weekday = day.date.dayOfWeek;
    for (const providerId of input.providerIds) {
      const working = workingRangesOn(day, weekly.get(providerId)?.[weekday] ?? []);
      if (working.length === 0) continue;
      const open = subtractRanges(working, awayOf.get(providerId) ?? []);
      providerMs.set(providerId, (providerMs.get(providerId) ?? 0) + totalMs(open));
      openToday.push(...open);
    }
    clinicMs += totalMs(mergeRanges(openToday));
  }
  return {
    providerMinutes: new Map([...providerMs].map(([id, ms]) => [id, Math.round(ms / msPerMinute)])),
    clinicMinutes: Math.round(clinicMs / msPerMinute),
  };
}

type MinuteInterval = { startMinute: number; endMinute: number };

/** Per provider, each ISO weekday's intervals (index 1…7) in minutes after local midnight. */
function weeklyMinutes(workingHours: readonly WorkingInterval[]): Map<string, MinuteInterval[][]> {
  const weekly = new Map<string, MinuteInterval[][]>();
  for (const interval of workingHours) {
    const week = weekly.get(interval.providerId) ?? Array.from({ length: 8 }, () => []);
    weekly.set(interval.providerId, week);
    week[interval.weekday]?.push({
      startMinute: parseWallClockTime(interval.start, { endOfDay: false }),
      endMinute: parseWallClockTime(interval.end, { endOfDay: true }),
    });
  }
  return weekly;
}

/**
 * The instants of a day's working intervals: workingIntervalsOn's rule (each edge is the first
 * instant the wall clock reads that time or later; an interval lost in a DST gap is dropped),
 * on the days of one `localDays` sweep instead of one zone lookup per provider and date, which
 * is what makes a year of many providers cheap. open-time.test.ts holds the two to the same
 * answers across DST changes.
 */
export function workingRangesOn(day: LocalDay, intervals: readonly MinuteInterval[]): Range[] {
  return intervals.flatMap(({ startMinute, endMinute }) => {
    const startMs = day.edgeAt(startMinute);
    const endMs = day.edgeAt(endMinute);
    return endMs > startMs ? [{ startMs, endMs }] : [];
  });
}

/** What is left of `ranges` once every range of `cuts` is taken out. */
export function subtractRanges(ranges: readonly Range[], cuts: readonly Range[]): Range[] {
  let left = [...ranges];
  for (const cut of cuts) {
    left = left.flatMap((range) => {
      if (cut.endMs <= range.startMs || cut.startMs >= range.endMs) return [range];
      const pieces: Range[] = [];
      if (cut.startMs > range.startMs) pieces.push({ startMs: range.startMs, endMs: cut.startMs });
      if (cut.endMs < range.endMs) pieces.push({ startMs: cut.endMs, endMs: range.endMs });
      return pieces;
    });
  }
  return left;
}

/** The same time as `ranges`, each instant once: sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.startMs - b.startMs)) {
    const last = merged[merged.length - 1];
    if (last && range.startMs <= last.endMs) last.endMs = Math.max(last.endMs, range.endMs);
    else merged.push({ ...range });
  }
  return merged;
}

function totalMs(ranges: readonly Range[]): number {
  return ranges.reduce((sum, range) => sum + Math.max(0, range.endMs - range.startMs), 0);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
