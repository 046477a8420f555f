import type { BillingSettings } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { cardPaymentsAvailable } from './stripe-client.ts';

/** What the billing screens need to know up front: the currency, and whether cards can be taken online. */
export async function getBillingSettings(ctx: AppContext): Promise<BillingSettings> {
  const clinic = await getClinicSettings(ctx.db);
  return { currency: clinic.currency, cardPaymentsAvailable: cardPaymentsAvailable(ctx.config) };
}
