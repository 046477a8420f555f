/** Schedules change rarely and are edited on another screen; a few minutes' staleness is fine. */
export const scheduleStaleTime = 5 * 60_000;
