import { Temporal } from 'temporal-polyfill';

export const minutesPerDay = 24 * 60;
const msPerMinute = 60_000;

/**
 * One local date in the clinic's zone, answering "which instant is wall-clock minute m of this
 * date?" with the zone's rules. Instants are epoch milliseconds: the availability sweep
 * compares hundreds of thousands of them and plain numbers keep that cheap.
 *
 * DST decisions (a dental clinic thinks in wall-clock times, so the grid is wall-clock):
 * - A wall-clock time inside a spring-forward gap does not exist that day. As a slot start it
 *   is skipped, not moved: moving 02:30 to 03:30 would put the slot on another grid line, or
 *   on top of the 03:30 slot.
 * - A wall-clock time that occurs twice on a fall-back day is taken once, at its earlier
 *   occurrence (Temporal's `disambiguation: 'earlier'`): the booking screen and the appointment
 *   book show local times, and offering "01:30" twice would be two choices nobody can tell apart.
 * - The edges of a working interval are "the first instant at which the wall clock reads that
 *   time or later". An edge in a gap is therefore the end of the gap (an interval starting at
 *   02:30 on a 02:00→03:00 night begins at 03:00); an edge that occurs twice is its earlier
 *   occurrence. Both edges come from the zone, so an interval spanning a change keeps its real
 *   length: one hour shorter or longer (30 minutes at Lord Howe), never shifted.
 */
export type LocalDay = {
  readonly date: Temporal.PlainDate;
  /** Wall-clock `minute` (0…1439) of this date as an instant, or undefined in a gap. */
  startAt(minute: number): number | undefined;
  /**
   * First instant at which this date's wall clock reads `minute` (0…1440) or later; 1440 is the
   * next date's start.
   */
  edgeAt(minute: number): number;
};

/**
 * A stretch of a local date during which the zone's offset does not change, so that wall-clock
 * time and elapsed time advance together. `startWallMs` is the wall-clock reading at `startMs`,
 * in milliseconds after this date's midnight (negative after a fall-back across midnight).
 */
type ConstantOffsetStretch = { startMs: number; endMs: number; startWallMs: number };

/**
 * The local dates from…to, in order, each made when asked for. Temporal supplies every offset
 * change (`getTimeZoneTransition`) and the wall-clock reading where each stretch begins; between
 * changes, wall-clock minutes and elapsed minutes coincide, so minute m of a stretch is its start
 * plus (m − its start reading). No offset is computed here. That spares a zone lookup per
 * candidate slot (a 62-day, 10-provider query has about 10⁵) and is checked against a
 * minute-by-minute Temporal reference in availability.property.test.ts.
 */
export function* localDays(
  from: Temporal.PlainDate,
  to: Temporal.PlainDate,
  timeZone: string,
): Generator<LocalDay, void, undefined> {
  let startOfDay = from.toZonedDateTime({ timeZone });
  let nextChange = startOfDay.getTimeZoneTransition('next');
  for (let date = from; Temporal.PlainDate.compare(date, to) <= 0; ) {
    const nextDate = date.add({ days: 1 });
    const startOfNextDay = nextDate.toZonedDateTime({ timeZone });
    const stretches: ConstantOffsetStretch[] = [];
    let stretchStart = startOfDay;
    while (nextChange && Temporal.ZonedDateTime.compare(nextChange, startOfNextDay) < 0) {
      // A change at the very start of the day (a gap at midnight) has already shaped startOfDay.
      if (Temporal.ZonedDateTime.compare(nextChange, stretchStart) > 0) {
        stretches.push(stretchOf(date, stretchStart, nextChange.epochMilliseconds));
        stretchStart = nextChange;
      }
      nextChange = nextChange.getTimeZoneTransition('next');
    }
    stretches.push(stretchOf(date, stretchStart, startOfNextDay.epochMilliseconds));
    yield dayOf(date, stretches, startOfNextDay.epochMilliseconds);
    date = nextDate;
    startOfDay = startOfNextDay;
  }
}

export function localDay(date: Temporal.PlainDate, timeZone: string): LocalDay {
  const day = localDays(date, date, timeZone).next().value;
  if (!day) throw new Error(`No local day for ${date}`);
  return day;
}

function stretchOf(
  date: Temporal.PlainDate,
  start: Temporal.ZonedDateTime,
  endMs: number,
): ConstantOffsetStretch {
  const startWallMs = start.toPlainDate().equals(date)
    ? ((start.hour * 60 + start.minute) * 60 + start.second) * 1000 + start.millisecond
    : date.toPlainDateTime().until(start.toPlainDateTime()).total('milliseconds');
  return { startMs: start.epochMilliseconds, endMs, startWallMs };
}

function dayOf(date: Temporal.PlainDate, stretches: ConstantOffsetStretch[], endOfDayMs: number): LocalDay {
  return {
    date,
    startAt(minute) {
      // Stretches are in time order, so the first that shows this reading is the earlier occurrence.
      for (const { startMs, endMs, startWallMs } of stretches) {
        const instant = startMs + minute * msPerMinute - startWallMs;
        if (instant >= startMs && instant < endMs) return instant;
      }
      return undefined;
    },
    edgeAt(minute) {
      for (const { startMs, endMs, startWallMs } of stretches) {
        // The clock jumped past this reading into the stretch: the stretch's start is the edge.
        if (minute * msPerMinute <= startWallMs) return startMs;
        const instant = startMs + minute * msPerMinute - startWallMs;
        if (instant < endMs) return instant;
      }
      return endOfDayMs;
    },
  };
}
