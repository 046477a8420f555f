// Every query that shows appointments starts with this key, so a booking, a move or a live
// event from another desk refreshes them all with one invalidation.
export const appointmentQueryKeys = {
  all: ['appointments'] as const,
  range: (from: string, to: string, filter: Record<string, string | undefined> = {}) =>
    ['appointments', 'range', from, to, filter] as const,
  availability: ['availability'] as const,
};
