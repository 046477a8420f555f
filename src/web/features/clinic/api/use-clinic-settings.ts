import { useQuery } from '@tanstack/react-query';
import { ClinicSettings } from '../../../../shared/clinic.ts';
import { apiRequest } from '../../../api/api-client.ts';

export const clinicSettingsQueryKey = ['clinic', 'settings'] as const;

export function useClinicSettings() {
  return useQuery({
    queryKey: clinicSettingsQueryKey,
    queryFn: ({ signal }) => apiRequest('/api/v1/clinic', ClinicSettings, { signal }),
  });
}
