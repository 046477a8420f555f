import { describe, expect, it } from 'vitest';
import { moveActive } from './search-navigation.ts';

describe('moveActive', () => {
  const ids = ['a', 'b', 'c'];

  it('starts at the first option going down and the last going up', () => {
    expect(moveActive(ids, null, 1)).toBe('a');
    expect(moveActive(ids, null, -1)).toBe('c');
  });

  it('moves one step and wraps at both ends', () => {
    expect(moveActive(ids, 'a', 1)).toBe('b');
    expect(moveActive(ids, 'c', 1)).toBe('a');
    expect(moveActive(ids, 'a', -1)).toBe('c');
  });

  it('starts again when the active option left the results', () => {
    expect(moveActive(ids, 'gone', 1)).toBe('a');
  });

  it('has nothing to activate without results', () => {
    expect(moveActive([], 'a', 1)).toBeNull();
  });
});
