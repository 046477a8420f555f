// Working hours and time off sit under 'providers' so that a change to the set-up screens'
// provider list (which shares that root) refreshes them too.
export const providerKeys = {
  all: ['providers'] as const,
  list: () => [...providerKeys.all, 'list', { includeInactive: true }] as const,
  workingHours: (providerId: string) => [...providerKeys.all, providerId, 'working-hours'] as const,
  timeOff: (providerId: string) => [...providerKeys.all, providerId, 'time-off'] as const,
};

export function providerPath(providerId: string, suffix = ''): string {
  return `/api/v1/providers/${encodeURIComponent(providerId)}${suffix}`;
}
