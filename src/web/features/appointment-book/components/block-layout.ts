import type { MinuteRange, TimeAxis } from './time-axis.ts';

export type TimedBlock = MinuteRange & { id: string };

/**
 * Where a block sits in its column, in rows of the axis (fractions where a visit starts off
 * the grid), and which of `lanes` side-by-side lanes it takes when visits overlap.
 */
export type PlacedBlock = { id: string; top: number; height: number; lane: number; lanes: number };

/** Smallest height a block keeps, in rows, so a five-minute visit stays visible and clickable. */
const minimumRows = 0.75;

/**
 * Lays out one column's visits: overlapping visits form a group that shares the width in
 * lanes, each visit in the first lane free at its start; visits apart from any other take the
 * whole width. Visits outside the axis are clipped to it, and dropped when wholly outside.
 */
export function layoutBlocks(blocks: readonly TimedBlock[], axis: TimeAxis): PlacedBlock[] {
  const visible = blocks
    .map((block) => ({
      id: block.id,
      start: Math.max(block.start, axis.start),
      end: Math.min(block.end, axis.end),
    }))
    .filter((block) => block.end > block.start || (block.end === block.start && block.start < axis.end))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));

  const placed: PlacedBlock[] = [];
  let group: { block: (typeof visible)[number]; lane: number }[] = [];
  let laneEnds: number[] = [];
  let groupEnd = Number.NEGATIVE_INFINITY;

  const closeGroup = () => {
    for (const { block, lane } of group) {
      const top = (block.start - axis.start) / axis.step;
      const height = Math.max(minimumRows, (block.end - block.start) / axis.step);
      placed.push({ id: block.id, top, height, lane, lanes: laneEnds.length });
    }
    group = [];
    laneEnds = [];
  };

  for (const block of visible) {
    if (block.start >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= block.start);
    if (lane === -1) lane = laneEnds.push(block.end) - 1;
    else laneEnds[lane] = block.end;
    group.push({ block, lane });
    groupEnd = group.length === 1 ? block.end : Math.max(groupEnd, block.end);
  }
  closeGroup();
  return placed;
}
