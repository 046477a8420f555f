import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MedicalHistory, type MedicalHistoryInput } from '../../../../shared/medical-history.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { ifMatch, medicalHistoryKeys, patientKeys, patientPath } from './patient-query-keys.ts';

export type UpdateMedicalHistoryVariables = {
  patientId: string;
  /** The version the edit started from; a newer one on the server fails with 412. */
  version: number;
  history: MedicalHistoryInput;
};

/** PUT /patients/:id/medical-history: records the whole history as a new version. */
export function useUpdateMedicalHistory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patientId, version, history }: UpdateMedicalHistoryVariables) =>
      apiRequest(patientPath(patientId, '/medical-history'), MedicalHistory, {
        method: 'PUT',
        body: history,
        headers: ifMatch(version),
      }),
    onSuccess: (saved, { patientId }) => {
      queryClient.setQueryData(medicalHistoryKeys.current(patientId), saved);
      // The alert badges of the chart header and of search results come from the history.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: medicalHistoryKeys.versions(patientId) }),
        queryClient.invalidateQueries({ queryKey: patientKeys.detail(patientId) }),
        queryClient.invalidateQueries({ queryKey: patientKeys.lists() }),
      ]);
    },
  });
}
