import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Patient } from '../../../../shared/patients.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { patientKeys, patientPath } from './patient-query-keys.ts';

/** POST /patients/:id/unarchive (admin, manager). */
export function useUnarchivePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(patientPath(id, '/unarchive'), Patient, { method: 'POST' }),
    onSuccess: (patient) => {
      queryClient.setQueryData(patientKeys.detail(patient.id), patient);
      return queryClient.invalidateQueries({ queryKey: patientKeys.lists() });
    },
  });
}
