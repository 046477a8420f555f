import { useQuery } from '@tanstack/react-query';
import { Patient } from '../../../../shared/patients.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { waitlistQueryKeys } from './waitlist-query-keys.ts';

/** GET /patients/:id, for the name on a waitlist request (the entry carries only the id). */
export function useWaitlistPatient(patientId: string) {
  return useQuery({
    queryKey: waitlistQueryKeys.patient(patientId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/patients/${encodeURIComponent(patientId)}`, Patient, { signal }),
    staleTime: 5 * 60_000,
  });
}
