import { useEffect, useState } from 'react';
import type { Temporal } from 'temporal-polyfill';
import { wallClockMinutes } from './time-axis.ts';

/** Minutes after midnight now, on the clinic's clock, moving every half minute. */
export function useNowMinute(today: Temporal.PlainDate, timeZone: string): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return wallClockMinutes(now, today, timeZone);
}
