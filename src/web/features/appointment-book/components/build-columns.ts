import type { Temporal } from 'temporal-polyfill';
import type { AppointmentListItem, Operatory, Provider, TimeOff } from '../../../../shared/scheduling.ts';
import { layoutBlocks, type PlacedBlock } from './block-layout.ts';
import { weekOf } from './calendar-dates.ts';
import { type CellState, cellStates, timeOffRangesOn, workingRangesOn } from './cell-availability.ts';
import { buildTimeAxis, localDateOf, type MinuteRange, type TimeAxis, wallClockOf } from './time-axis.ts';

export type WeeklyHours = readonly { weekday: number; start: string; end: string }[];
export type ColumnMode = 'providers' | 'operatories';

/**
 * One column of the day or week grid: whose time it shows, which visits sit in it and what
 * a drop on it changes (`moves`): the provider, the chair, or only the date and time.
 */
export type ColumnModel = {
  key: string;
  moves: 'provider' | 'operatory' | 'time';
  date: Temporal.PlainDate;
  provider: Provider;
  /** Set in chair columns: the chair, or null for visits without one. */
  operatory?: Operatory | null;
  holiday: string | null;
  timeOff: (MinuteRange & { reason: string | null })[];
  states: CellState[];
  blocks: { item: AppointmentListItem; placed: PlacedBlock }[];
};

export type GridInput = {
  view: 'day' | 'week';
  mode: ColumnMode;
  date: Temporal.PlainDate;
  timeZone: string;
  step: number;
  /** Day view by provider: every provider shown; otherwise the one whose time the grid books. */
  providers: readonly Provider[];
  operatories: readonly Operatory[];
  items: readonly AppointmentListItem[];
  hours: ReadonlyMap<string, WeeklyHours>;
  timeOff: ReadonlyMap<string, readonly TimeOff[]>;
  holidays: ReadonlyMap<string, string>;
};

type Spec = Pick<ColumnModel, 'key' | 'moves' | 'date' | 'provider' | 'operatory'> & {
  holds: (item: AppointmentListItem) => boolean;
};

function columnSpecs(input: GridInput): Spec[] {
  const [first] = input.providers;
  if (input.view === 'week') {
    if (!first) return [];
    return weekOf(input.date).map((date) => ({
      key: `d:${date.toString()}`,
      moves: 'time',
      date,
      provider: first,
      holds: (item) =>
        item.providerId === first.id && localDateOf(item.start, input.timeZone) === date.toString(),
    }));
  }
  if (input.mode === 'operatories') {
    if (!first) return [];
    const known = new Set(input.operatories.map((operatory) => operatory.id));
    return [
      ...input.operatories.map(
        (operatory): Spec => ({
          key: `o:${operatory.id}`,
          moves: 'operatory',
          date: input.date,
          provider: first,
          operatory,
          holds: (item) => item.operatoryId === operatory.id,
        }),
      ),
      {
        key: 'o:none',
        moves: 'operatory',
        date: input.date,
        provider: first,
        operatory: null,
        holds: (item) => item.operatoryId === null || !known.has(item.operatoryId),
      },
    ];
  }
  return input.providers.map((provider) => ({
    key: `p:${provider.id}`,
    moves: 'provider',
    date: input.date,
    provider,
    holds: (item) => item.providerId === provider.id,
  }));
}

/**
 * The columns of the day or week grid and the time axis they share: the union of the shown
 * providers' working hours, widened to any visit outside them.
 */
export function buildGrid(input: GridInput): { axis: TimeAxis; columns: ColumnModel[] } {
  const clocks = new Map<string, (epochMs: number) => number>();
  const clockOf = (date: Temporal.PlainDate) => {
    let clock = clocks.get(date.toString());
    if (!clock) {
      clock = wallClockOf(date, input.timeZone);
      clocks.set(date.toString(), clock);
    }
    return clock;
  };

  const prepared = columnSpecs(input).map((spec) => {
    const clock = clockOf(spec.date);
    const visits = input.items
      .filter(spec.holds)
      .map((item) => ({
        item,
        range: { start: clock(Date.parse(item.start)), end: clock(Date.parse(item.end)) },
      }))
      .filter(({ range }) => range.end > 0 && range.start < 24 * 60);
    return {
      spec,
      visits,
      working: workingRangesOn(input.hours.get(spec.provider.id) ?? [], spec.date),
    };
  });

  const axis = buildTimeAxis(
    prepared.flatMap(({ working, visits }) => [...working, ...visits.map(({ range }) => range)]),
    input.step,
  );

  const columns = prepared.map(({ spec, visits, working }): ColumnModel => {
    const holiday = input.holidays.get(spec.date.toString()) ?? null;
    const timeOff = timeOffWithReasons(input.timeOff.get(spec.provider.id) ?? [], spec.date, input.timeZone);
    const placed = new Map(
      layoutBlocks(
        visits.map(({ item, range }) => ({ id: item.id, ...range })),
        axis,
      ).map((block) => [block.id, block]),
    );
    return {
      key: spec.key,
      moves: spec.moves,
      date: spec.date,
      provider: spec.provider,
      ...(spec.operatory === undefined ? {} : { operatory: spec.operatory }),
      holiday,
      timeOff,
      states: cellStates(axis, {
        working,
        timeOff,
        holiday: holiday !== null,
        booked: visits.map(({ range }) => range),
      }),
      blocks: visits.flatMap(({ item }) => {
        const block = placed.get(item.id);
        return block ? [{ item, placed: block }] : [];
      }),
    };
  });
  return { axis, columns };
}

function timeOffWithReasons(entries: readonly TimeOff[], date: Temporal.PlainDate, timeZone: string) {
  return entries.flatMap((entry) =>
    timeOffRangesOn([entry], date, timeZone).map((range) => ({ ...range, reason: entry.reason })),
  );
}
