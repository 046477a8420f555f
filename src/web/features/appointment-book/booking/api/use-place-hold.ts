import { useMutation } from '@tanstack/react-query';
import { type BookAppointmentInput, Hold } from '../../../../../shared/scheduling.ts';
import { apiRequest } from '../../../../api/api-client.ts';

export type HoldInput = Omit<BookAppointmentInput, 'holdId'>;

/**
 * POST /holds: reserves the slot while the desk finishes the form. `201` means it is free;
 * `409 slot_unavailable` (with blockers and suggestions) or `422 outside_working_hours` say why not.
 */
export function usePlaceHold() {
  return useMutation({
    mutationFn: (input: HoldInput) => apiRequest('/api/v1/holds', Hold, { method: 'POST', body: input }),
  });
}
