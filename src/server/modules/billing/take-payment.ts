import type { Payment, PaymentInput } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findBillingPatient } from './billing-scope.ts';
import { startCardPayment } from './card-payments.ts';
import { recordOfflinePayment } from './record-offline-payment.ts';

/**
 * A payment towards a patient's account. Patients pay only accounts they may see (else `404`,
 * as for an unknown patient) and only online: cash, terminal and checks are the desk's to record.
 */
export async function takePayment(
  ctx: AppContext,
  actor: Actor,
  input: PaymentInput,
  source: AuditSource,
): Promise<Payment> {
  const patient = await findBillingPatient(ctx.db, actor, input.patientId);
  if (input.method === 'stripe') {
    return startCardPayment(ctx, actor, { patientId: patient.id, amountCents: input.amountCents }, source);
  }
  if (actor.role === 'patient') {
    throw problem(403, 'forbidden', 'Patients pay online by card; other methods are recorded at the desk.');
  }
  return recordOfflinePayment(ctx, { ...input, patientId: patient.id }, source);
}
