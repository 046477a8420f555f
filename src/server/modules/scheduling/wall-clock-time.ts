import { minutesPerDay } from './local-day.ts';

const hoursAndMinutes = /^(\d{2}):(\d{2})$/;

/**
 * Minutes after local midnight of an "HH:MM" wall-clock time. "24:00" (the end of the day) is
 * accepted only where `endOfDay` allows it; anything else malformed is a RangeError.
 */
export function parseWallClockTime(text: string, { endOfDay }: { endOfDay: boolean }): number {
  const match = hoursAndMinutes.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (match && endOfDay && hours === 24 && minutes === 0) return minutesPerDay;
  if (!match || hours > 23 || minutes > 59) {
    throw new RangeError(`"${text}" is not a wall-clock time HH:MM${endOfDay ? ' (or 24:00)' : ''}`);
  }
  return hours * 60 + minutes;
}
