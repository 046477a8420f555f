import { useQuery } from '@tanstack/react-query';
import { MedicalHistory } from '../../../../shared/medical-history.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { medicalHistoryKeys, patientPath } from './patient-query-keys.ts';

/** GET /patients/:id/medical-history: the current version (0 while nothing is recorded). */
export function useMedicalHistory(patientId: string) {
  return useQuery({
    queryKey: medicalHistoryKeys.current(patientId),
    queryFn: ({ signal }) =>
      apiRequest(patientPath(patientId, '/medical-history'), MedicalHistory, { signal }),
  });
}
