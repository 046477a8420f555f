import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreatePatientInput, Patient } from '../../../../shared/patients.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { patientKeys } from './patient-query-keys.ts';

/** POST /patients; a probable duplicate fails with `409 possible_duplicate` and its `candidates`. */
export function useCreatePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePatientInput) =>
      apiRequest('/api/v1/patients', Patient, { method: 'POST', body: input }),
    onSuccess: (patient) => {
      queryClient.setQueryData(patientKeys.detail(patient.id), patient);
      return queryClient.invalidateQueries({ queryKey: patientKeys.lists() });
    },
  });
}
