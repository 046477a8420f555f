import { and, asc, eq, sql } from 'drizzle-orm';
import type { Payment } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { patients, payments, refunds } from '../../db/schema.ts';
import { notFound } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { visibleBillingPatients } from './billing-scope.ts';
import { toPayment } from './payment-view.ts';

/** One payment with its refunds; patients see only those of accounts they may see (else `404`). */
export async function getPayment(
  ctx: AppContext,
  actor: Actor,
  paymentId: string,
  source: AuditSource,
): Promise<Payment> {
  const [found] = await ctx.db
    .select({
      payment: payments,
      patientName: sql<string>`${patients.firstName} || ' ' || ${patients.lastName}`,
    })
    .from(payments)
    .innerJoin(patients, eq(patients.id, payments.patientId))
    .where(and(eq(payments.id, paymentId), visibleBillingPatients(actor)));
  if (!found) throw notFound('No such payment.');
  const refundRows = await ctx.db
    .select()
    .from(refunds)
    .where(eq(refunds.paymentId, paymentId))
    .orderBy(asc(refunds.createdAt), asc(refunds.id));
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'payments.read',
    entity: 'payment',
    entityId: paymentId,
    patientId: found.payment.patientId,
    outcome: 'success',
  });
  return toPayment(found.payment, refundRows, { patientName: found.patientName });
}
