import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { AppointmentListItem, Operatory, Provider } from '../../../../shared/scheduling.ts';
import { buildGrid, type GridInput } from './build-columns.ts';
import { moveTargetOf, resizeTargetOf } from './move-target.ts';

const timeZone = 'America/Sao_Paulo'; // UTC−03:00 all year
const wednesday = Temporal.PlainDate.from('2026-03-18');

const provider = (id: string, name: string): Provider => ({
  id,
  name,
  title: null,
  color: '#1c7ed6',
  active: true,
});
const lee = provider('p-lee', 'Dr Lee');
const ana = provider('p-ana', 'Dr Ana');
const chair = (id: string, name: string): Operatory => ({ id, name, active: true });

let sequence = 0;
function visit(
  providerId: string,
  start: string,
  end: string,
  operatoryId: string | null = null,
): AppointmentListItem {
  sequence += 1;
  return {
    id: `a${sequence}`,
    patientId: `patient-${sequence}`,
    providerId,
    operatoryId,
    appointmentTypeId: 'type',
    start,
    end,
    status: 'scheduled',
    notes: null,
    cancelReason: null,
    seriesId: null,
    version: 1,
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
  };
}

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

function input(overrides: Partial<GridInput>): GridInput {
  return {
    view: 'day',
    mode: 'providers',
    date: wednesday,
    timeZone,
    step: 15,
    providers: [lee, ana],
    operatories: [],
    items: [],
    hours: new Map([
      [lee.id, weekdays('09:00', '17:00')],
      [ana.id, weekdays('08:30', '12:00')],
    ]),
    timeOff: new Map(),
    holidays: new Map(),
    ...overrides,
  };
}

describe('the day and week grid', () => {
  it('gives each provider a column on an axis spanning everyone’s hours and any visit outside them', () => {
    const late = visit(lee.id, '2026-03-18T17:30:00-03:00', '2026-03-18T18:10:00-03:00');
    const other = visit(ana.id, '2026-03-18T09:00:00-03:00', '2026-03-18T09:30:00-03:00');
    const elsewhere = visit(ana.id, '2026-03-19T09:00:00-03:00', '2026-03-19T09:30:00-03:00');
    const { axis, columns } = buildGrid(input({ items: [late, other, elsewhere] }));
    expect(axis).toMatchObject({ start: 510, end: 1095, step: 15 });
    expect(columns.map((column) => [column.key, column.blocks.map((block) => block.item.id)])).toEqual([
      ['p:p-lee', [late.id]],
      ['p:p-ana', [other.id]],
    ]);
    const anaCells = columns[1]?.states ?? [];
    expect(anaCells[0]).toEqual({ open: true, block: null }); // 08:30
    expect(anaCells[2]).toEqual({ open: false, block: 'booked' }); // 09:00
    expect(anaCells[14]).toEqual({ open: false, block: 'closed' }); // 12:00
  });

  it('blocks a provider’s time off and the whole of a holiday', () => {
    const { columns } = buildGrid(
      input({
        timeOff: new Map([
          [
            lee.id,
            [
              {
                id: 't',
                start: '2026-03-18T12:00:00-03:00',
                end: '2026-03-18T13:00:00-03:00',
                reason: 'Lunch',
              },
            ],
          ],
        ]),
      }),
    );
    expect(columns[0]?.timeOff).toEqual([{ start: 720, end: 780, reason: 'Lunch' }]);
    expect(columns[0]?.states.filter((state) => state.block === 'timeOff')).toHaveLength(4);
    const closed = buildGrid(input({ holidays: new Map([['2026-03-18', 'Carnival']]) }));
    expect(closed.columns.every((column) => column.holiday === 'Carnival')).toBe(true);
    expect(closed.columns.flatMap((column) => column.states).some((state) => state.open)).toBe(false);
  });

  it('puts a provider’s week in day columns, each visit on its own date', () => {
    const monday = visit(lee.id, '2026-03-16T10:00:00-03:00', '2026-03-16T10:30:00-03:00');
    const sunday = visit(lee.id, '2026-03-22T10:00:00-03:00', '2026-03-22T10:30:00-03:00');
    const { columns } = buildGrid(input({ view: 'week', providers: [lee], items: [monday, sunday] }));
    expect(columns.map((column) => column.key)).toEqual([
      'd:2026-03-16',
      'd:2026-03-17',
      'd:2026-03-18',
      'd:2026-03-19',
      'd:2026-03-20',
      'd:2026-03-21',
      'd:2026-03-22',
    ]);
    expect(columns[0]?.blocks.map((block) => block.item.id)).toEqual([monday.id]);
    expect(columns[6]?.blocks.map((block) => block.item.id)).toEqual([sunday.id]);
    expect(columns[6]?.states.some((state) => state.open)).toBe(false); // Lee does not work Sundays
  });

  it('shows chairs, with visits without a chair in a column of their own', () => {
    const one = chair('c1', 'Chair 1');
    const seated = visit(ana.id, '2026-03-18T09:00:00-03:00', '2026-03-18T09:30:00-03:00', one.id);
    const loose = visit(ana.id, '2026-03-18T10:00:00-03:00', '2026-03-18T10:30:00-03:00');
    const { columns } = buildGrid(
      input({ mode: 'operatories', providers: [lee], operatories: [one], items: [seated, loose] }),
    );
    expect(
      columns.map((column) => [column.key, column.provider.id, column.blocks.map((block) => block.item.id)]),
    ).toEqual([
      ['o:c1', lee.id, [seated.id]],
      ['o:none', lee.id, [loose.id]],
    ]);
  });
});

describe('moving a visit by a drop', () => {
  const grid = buildGrid(input({}));
  const [leeColumn, anaColumn] = grid.columns;
  if (!leeColumn || !anaColumn) throw new Error('two provider columns');
  const item = visit(lee.id, '2026-03-18T10:05:00-03:00', '2026-03-18T10:35:00-03:00');

  it('keeps the visit’s offset from the grid and its length', () => {
    expect(moveTargetOf({ item, from: leeColumn, to: leeColumn, rowsMoved: 2, step: 15, timeZone })).toEqual({
      item,
      change: { start: '2026-03-18T10:35:00-03:00' },
      start: '2026-03-18T10:35:00-03:00',
      end: '2026-03-18T14:05:00.000Z',
      providerId: lee.id,
      operatoryId: null,
    });
  });

  it('changes the provider when dropped in another provider’s column', () => {
    const target = moveTargetOf({ item, from: leeColumn, to: anaColumn, rowsMoved: 0, step: 15, timeZone });
    expect(target?.change).toEqual({ providerId: ana.id });
  });

  it('changes the date when dropped on another day of the week', () => {
    const week = buildGrid(input({ view: 'week', providers: [lee] })).columns;
    const [monday, , wednesdayColumn] = week;
    if (!monday || !wednesdayColumn) throw new Error('week columns');
    const target = moveTargetOf({
      item,
      from: wednesdayColumn,
      to: monday,
      rowsMoved: -1,
      step: 15,
      timeZone,
    });
    expect(target?.change).toEqual({ start: '2026-03-16T09:50:00-03:00' });
  });

  it('changes nothing when dropped where it was', () => {
    expect(
      moveTargetOf({ item, from: leeColumn, to: leeColumn, rowsMoved: 0, step: 15, timeZone }),
    ).toBeNull();
  });

  it('stretches or shrinks the end by whole rows, never below one row', () => {
    const resize = (rowsStretched: number) =>
      resizeTargetOf({ item, column: leeColumn, rowsStretched, step: 15, timeZone });
    expect(resize(2)).toEqual({
      item,
      change: { end: '2026-03-18T11:05:00-03:00' },
      start: item.start,
      end: '2026-03-18T11:05:00-03:00',
      providerId: lee.id,
      operatoryId: null,
    });
    expect(resize(-1)?.change).toEqual({ end: '2026-03-18T10:20:00-03:00' });
    expect(resize(-5)?.change).toEqual({ end: '2026-03-18T10:20:00-03:00' });
    expect(resize(0)).toBeNull();
    // Ten hours at the most, as the API allows.
    expect(resize(100)?.change).toEqual({ end: '2026-03-18T20:05:00-03:00' });
  });
});
