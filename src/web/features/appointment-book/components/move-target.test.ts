import { describe, expect, it } from 'vitest';
import { rowsDragged } from './move-target.ts';

describe('rowsDragged', () => {
  const placed = { rowHeight: 24, top: 4, height: 2, rows: 40 };

  it('counts whole rows, as the grid draws the dragged visit', () => {
    expect(rowsDragged({ ...placed, deltaY: 0 })).toBe(0);
    expect(rowsDragged({ ...placed, deltaY: 35 })).toBe(1);
    expect(rowsDragged({ ...placed, deltaY: -70 })).toBe(-3);
  });

  it('stops at the last row however far the grid scrolled past it', () => {
    expect(rowsDragged({ ...placed, deltaY: 24 * 200 })).toBe(34);
  });

  it('stops at the first row', () => {
    expect(rowsDragged({ ...placed, deltaY: -24 * 50 })).toBe(-4);
  });

  it('leaves a visit already past an end where it is rather than pulling it back', () => {
    expect(rowsDragged({ rowHeight: 24, top: 39, height: 3, rows: 40, deltaY: 240 })).toBe(0);
  });
});
