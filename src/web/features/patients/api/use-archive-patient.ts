import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Patient } from '../../../../shared/patients.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { patientKeys, patientPath } from './patient-query-keys.ts';

/** POST /patients/:id/archive (admin, manager): the patient leaves search but keeps their records. */
export function useArchivePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(patientPath(id, '/archive'), Patient, { method: 'POST' }),
    onSuccess: (patient) => {
      queryClient.setQueryData(patientKeys.detail(patient.id), patient);
      return queryClient.invalidateQueries({ queryKey: patientKeys.lists() });
    },
  });
}
