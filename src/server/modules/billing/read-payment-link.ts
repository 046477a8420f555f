import type { PayLinkView } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { patientInitials } from '../calendar-feed/patient-initials.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { owedBalanceCents } from './owed-balance.ts';
import { findUsablePaymentLink } from './payment-link-access.ts';
import { cardPaymentsAvailable } from './stripe-client.ts';

/**
 * What whoever holds a payment link sees: the clinic, the amount and the patient's initials,
 * nothing more (the link may be forwarded, or read over a shoulder).
 */
export async function readPaymentLink(
  ctx: AppContext,
  token: string,
  source: AuditSource,
): Promise<PayLinkView> {
  const { link, patient } = await findUsablePaymentLink(ctx.db, token, ctx.now());
  const clinic = await getClinicSettings(ctx.db);
  const amountCents = link.amountCents ?? (await owedBalanceCents(ctx.db, patient.id));
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'payment_links.read',
    entity: 'payment_link',
    entityId: link.id,
    patientId: patient.id,
    outcome: 'success',
  });
  return {
    clinicName: clinic.name,
    clinicPhone: clinic.phone || null,
    patientInitials: patientInitials(patient.firstName, patient.lastName),
    amountCents,
    currency: clinic.currency,
    expiresAt: link.expiresAt.toISOString(),
    cardPaymentsAvailable: cardPaymentsAvailable(ctx.config),
  };
}
