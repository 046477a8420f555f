import { useEffect, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import { useLiveAppointments } from '../../appointment-book/index.ts';

// Live events keep the lists current; the clock still has to move on by itself, so that the
// "next patient" passes to the following one when a visit's time is over.
const clockTickMs = 30_000;

/** Subscribes the screen to live appointment events and gives a clock that ticks. */
export function useAppointmentsRefresh(): Temporal.Instant {
  useLiveAppointments();
  const [now, setNow] = useState(() => Temporal.Now.instant());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Temporal.Now.instant()), clockTickMs);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
