export function providerPath(providerId: string, suffix = ''): string {
  return `/api/v1/providers/${encodeURIComponent(providerId)}${suffix}`;
}
