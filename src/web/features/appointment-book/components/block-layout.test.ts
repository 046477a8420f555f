import { describe, expect, it } from 'vitest';
import { layoutBlocks } from './block-layout.ts';
import { buildTimeAxis } from './time-axis.ts';

// 08:00–12:00 in 15-minute rows.
const axis = buildTimeAxis([{ start: 480, end: 720 }], 15);
const at = (id: string, start: string, end: string) => {
  const minutes = (text: string) => {
    const [hours = 0, mins = 0] = text.split(':').map(Number);
    return hours * 60 + mins;
  };
  return { id, start: minutes(start), end: minutes(end) };
};

describe('block layout', () => {
  it('places a lone visit across the whole width, in rows from the top of the axis', () => {
    expect(layoutBlocks([at('a', '09:00', '09:45')], axis)).toEqual([
      { id: 'a', top: 4, height: 3, lane: 0, lanes: 1 },
    ]);
  });

  it('keeps a visit off the grid at its fraction of a row, and a tiny one visible', () => {
    expect(layoutBlocks([at('a', '09:05', '09:10')], axis)).toEqual([
      { id: 'a', top: 4 + 1 / 3, height: 0.75, lane: 0, lanes: 1 },
    ]);
  });

  it('shares the width between overlapping visits and reuses a lane that has come free', () => {
    const placed = layoutBlocks(
      [
        at('long', '09:00', '10:30'),
        at('second', '09:15', '09:45'),
        at('third', '09:45', '10:00'),
        at('fourth', '09:30', '10:00'),
        at('apart', '11:00', '11:30'),
      ],
      axis,
    );
    const byId = Object.fromEntries(placed.map((block) => [block.id, block]));
    expect(byId.long).toMatchObject({ lane: 0, lanes: 3 });
    expect(byId.second).toMatchObject({ lane: 1, lanes: 3 });
    expect(byId.fourth).toMatchObject({ lane: 2, lanes: 3 });
    // "second" ended at 09:45, so "third" takes its lane.
    expect(byId.third).toMatchObject({ lane: 1, lanes: 3 });
    expect(byId.apart).toMatchObject({ lane: 0, lanes: 1 });
  });

  it('lets visits that only touch keep the whole width', () => {
    const placed = layoutBlocks([at('a', '09:00', '09:30'), at('b', '09:30', '10:00')], axis);
    expect(placed.map((block) => [block.id, block.lane, block.lanes])).toEqual([
      ['a', 0, 1],
      ['b', 0, 1],
    ]);
  });

  it('clips visits to the axis and drops those wholly outside it', () => {
    const placed = layoutBlocks([at('early', '07:00', '08:30'), at('late', '12:00', '12:30')], axis);
    expect(placed).toEqual([{ id: 'early', top: 0, height: 2, lane: 0, lanes: 1 }]);
  });

  it('never gives two overlapping visits the same lane', () => {
    const blocks = Array.from({ length: 60 }, (_, index) => ({
      id: `v${index}`,
      start: 480 + ((index * 37) % 220),
      end: 480 + ((index * 37) % 220) + 15 + ((index * 11) % 50),
    }));
    const placed = new Map(layoutBlocks(blocks, axis).map((block) => [block.id, block]));
    for (const a of blocks) {
      for (const b of blocks) {
        if (a.id >= b.id || !(a.start < b.end && b.start < a.end)) continue;
        const pa = placed.get(a.id);
        const pb = placed.get(b.id);
        expect(pa?.lane === pb?.lane, `${a.id} / ${b.id}`).toBe(false);
        expect(pa?.lanes).toBe(pb?.lanes);
      }
    }
  });
});
