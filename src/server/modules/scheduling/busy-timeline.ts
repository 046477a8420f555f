/** A provider's busy time as disjoint, sorted blocks of epoch milliseconds, half-open [start, end). */
export type BusyTimeline = {
  /**
   * Whether [startMs, endMs) overlaps any busy block. Meant to be asked with non-decreasing
   * `startMs`, which makes a whole day's candidates one forward sweep over the blocks; an
   * earlier `startMs` is still answered correctly, by restarting the sweep.
   */
  overlaps(startMs: number, endMs: number): boolean;
};

export type BusyRange = { startMs: number; endMs: number };

export function busyTimeline(ranges: BusyRange[]): BusyTimeline {
  const sorted = ranges.filter((range) => range.endMs > range.startMs).sort((a, b) => a.startMs - b.startMs);
  // Touching blocks are merged too: [a, b) and [b, c) overlap a candidate exactly when [a, c) does.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const range of sorted) {
    const last = ends.length - 1;
    const lastEnd = ends[last];
    if (lastEnd !== undefined && range.startMs <= lastEnd) ends[last] = Math.max(lastEnd, range.endMs);
    else {
      starts.push(range.startMs);
      ends.push(range.endMs);
    }
  }

  let cursor = 0;
  let previousStartMs = Number.NEGATIVE_INFINITY;
  return {
    overlaps(startMs, endMs) {
      if (startMs < previousStartMs) cursor = 0;
      previousStartMs = startMs;
      // Blocks are disjoint, so their ends are sorted too: skip those over before the candidate.
      while (cursor < ends.length && (ends[cursor] ?? 0) <= startMs) cursor++;
      const next = starts[cursor];
      return next !== undefined && next < endMs;
    },
  };
}
