import { useQuery } from '@tanstack/react-query';
import { MedicalHistory } from '../../../../shared/medical-history.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { medicalHistoryKeys, patientPath } from './patient-query-keys.ts';

/**
 * GET /patients/:id/medical-history/versions/:version. Version 0 (before anything was
 * recorded) is not asked for: it is the empty history. A recorded version never changes.
 */
export function useMedicalHistoryVersion(patientId: string, version: number | null) {
  return useQuery({
    queryKey: medicalHistoryKeys.version(patientId, version ?? 0),
    queryFn: ({ signal }) =>
      apiRequest(patientPath(patientId, `/medical-history/versions/${version}`), MedicalHistory, { signal }),
    enabled: version !== null && version > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
