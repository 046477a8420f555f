import { useQuery } from '@tanstack/react-query';
import { Patient } from '../../../../shared/patients.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { patientKeys, patientPath } from './patient-query-keys.ts';

/** GET /patients/:id. Its `version` is the ETag to send back in If-Match. */
export function usePatient(id: string) {
  return useQuery({
    queryKey: patientKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(patientPath(id), Patient, { signal }),
  });
}
