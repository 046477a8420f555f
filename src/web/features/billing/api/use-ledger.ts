import { useQuery } from '@tanstack/react-query';
import { Ledger } from '../../../../shared/billing.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { billingQueryKeys } from './billing-query-keys.ts';

/** GET /patients/:id/ledger: the patient's entries, oldest first, each with the balance after it. */
export function useLedger(patientId: string) {
  return useQuery({
    queryKey: billingQueryKeys.ledger(patientId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/patients/${encodeURIComponent(patientId)}/ledger`, Ledger, { signal }),
  });
}
