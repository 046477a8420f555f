// What the calendar is drawn on: working hours, time off and closed days. Kept apart from the
// appointments key, so that a booking's invalidation does not refetch every provider's week.
export const bookQueryKeys = {
  workingHours: (providerId: string) => ['appointment-book', 'working-hours', providerId] as const,
  timeOff: (providerId: string) => ['appointment-book', 'time-off', providerId] as const,
  holidays: ['appointment-book', 'holidays'] as const,
};

/** Schedules change rarely and are edited on another screen; a few minutes' staleness is fine. */
export const scheduleStaleTime = 5 * 60_000;
