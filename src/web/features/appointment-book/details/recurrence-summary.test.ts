import { describe, expect, it } from 'vitest';
import { summariseRecurrence } from './recurrence-summary.ts';

describe('summariseRecurrence', () => {
  it('reads the frequency and interval of the rules the API takes', () => {
    expect(summariseRecurrence('FREQ=WEEKLY;INTERVAL=2;COUNT=6')).toEqual({
      frequency: 'WEEKLY',
      interval: 2,
    });
    expect(summariseRecurrence('RRULE:FREQ=MONTHLY;COUNT=3')).toEqual({ frequency: 'MONTHLY', interval: 1 });
    expect(summariseRecurrence('freq=daily;until=20260401T000000Z')).toEqual({
      frequency: 'DAILY',
      interval: 1,
    });
  });

  it('gives up on rules it cannot say as "every n units"', () => {
    expect(summariseRecurrence('FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6')).toBeNull();
    expect(summariseRecurrence('FREQ=HOURLY;COUNT=3')).toBeNull();
    expect(summariseRecurrence('FREQ=WEEKLY;INTERVAL=0')).toBeNull();
    expect(summariseRecurrence('')).toBeNull();
  });
});
