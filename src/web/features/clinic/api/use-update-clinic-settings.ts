import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ClinicSettings } from '../../../../shared/clinic.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { clinicSettingsQueryKey } from './use-clinic-settings.ts';

export function useUpdateClinicSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ClinicSettings) =>
      apiRequest('/api/v1/clinic', ClinicSettings, { method: 'PUT', body: settings }),
    // The server's answer is the stored truth (trimmed, normalised); no refetch needed.
    onSuccess: (saved) => queryClient.setQueryData(clinicSettingsQueryKey, saved),
  });
}
