/**
 * Query keys of the patients feature. Medical history sits under its own root so that
 * refreshing a patient's record does not refetch their health data too.
 */
export const patientKeys = {
  all: ['patients'] as const,
  lists: () => [...patientKeys.all, 'list'] as const,
  list: (params: { q: string; includeArchived: boolean; limit: number }) =>
    [...patientKeys.lists(), params] as const,
  detail: (id: string) => [...patientKeys.all, 'detail', id] as const,
};

export const medicalHistoryKeys = {
  all: (patientId: string) => ['medical-history', patientId] as const,
  current: (patientId: string) => [...medicalHistoryKeys.all(patientId), 'current'] as const,
  versions: (patientId: string) => [...medicalHistoryKeys.all(patientId), 'versions'] as const,
  version: (patientId: string, version: number) =>
    [...medicalHistoryKeys.all(patientId), 'version', version] as const,
};

/** The value of an `If-Match` header naming the version a change is based on. */
export function ifMatch(version: number): Record<string, string> {
  return { 'if-match': `"${version}"` };
}

export function patientPath(id: string, suffix = ''): string {
  return `/api/v1/patients/${encodeURIComponent(id)}${suffix}`;
}
