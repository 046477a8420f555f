import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Patient, type UpdatePatientInput } from '../../../../shared/patients.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { ifMatch, patientKeys, patientPath } from './patient-query-keys.ts';

export type UpdatePatientVariables = {
  id: string;
  /** The version the edit started from; a newer one on the server fails with 412. */
  version: number;
  changes: UpdatePatientInput;
};

/** PATCH /patients/:id with If-Match. */
export function useUpdatePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, changes }: UpdatePatientVariables) =>
      apiRequest(patientPath(id), Patient, { method: 'PATCH', body: changes, headers: ifMatch(version) }),
    onSuccess: (patient) => {
      queryClient.setQueryData(patientKeys.detail(patient.id), patient);
      return queryClient.invalidateQueries({ queryKey: patientKeys.lists() });
    },
  });
}
