import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { appointments, payments, refunds } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { ProblemError } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { appointmentColumns } from '../scheduling/appointment-rows.ts';
import { bookAppointment } from '../scheduling/book-appointment.ts';
import type { PaymentRow } from './payment-view.ts';

export const slotGoneReason = 'slot no longer available';

/**
 * A deposit Stripe confirmed books its visit, in the transaction that settles the payment: the
 * hold becomes the appointment; a hold that lapsed meanwhile is booked afresh if the time is
 * still free. Otherwise the deposit is refunded in full (sent to Stripe after commit) with a
 * reason the patient is shown.
 */
export async function bookPaidDeposit(
  ctx: AppContext,
  tx: Tx,
  payment: PaymentRow,
  source: AuditSource,
): Promise<PaymentRow> {
  if (!payment.appointmentId) return payment;
  const [hold] = await tx
    .select({ ...appointmentColumns, createdBy: appointments.createdBy })
    .from(appointments)
    .where(eq(appointments.id, payment.appointmentId));
  if (!hold || hold.status === 'scheduled') return payment;
  const now = ctx.now();
  const stillHeld = hold.status === 'held' && hold.holdExpiresAt !== null && hold.holdExpiresAt > now;
  try {
    // The scheduling module's own booking, run inside this transaction (as a savepoint), so the
    // deposit and the appointment commit together or not at all.
    if (!hold.createdBy) throw new ProblemError(409, 'hold_expired');
    const booked = await bookAppointment(
      { ...ctx, db: tx },
      clinicActing(hold.createdBy),
      {
        patientId: hold.patientId,
        providerId: hold.providerId,
        appointmentTypeId: hold.appointmentTypeId,
        start: hold.start.toISOString(),
        ...(hold.operatoryId ? { operatoryId: hold.operatoryId } : {}),
        ...(hold.notes ? { notes: hold.notes } : {}),
        ...(stillHeld ? { holdId: hold.id } : {}),
      },
      source,
    );
    if (booked.id === payment.appointmentId) return payment;
    const [moved] = await tx
      .update(payments)
      .set({ appointmentId: booked.id })
      .where(eq(payments.id, payment.id))
      .returning();
    return moved ?? payment;
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    const [refund] = await tx
      .insert(refunds)
      .values({
        paymentId: payment.id,
        amountCents: payment.amountCents,
        reason: slotGoneReason,
        status: 'pending',
        createdAt: now,
      })
      .returning();
    await ctx.audit.record(tx, {
      ...source,
      action: 'deposits.refund_unbooked',
      entity: 'payment',
      entityId: payment.id,
      patientId: payment.patientId,
      outcome: 'failure',
      detail: { appointmentId: hold.id, refundId: refund?.id ?? null, reason: error.code },
    });
    return payment;
  }
}

/**
 * The clinic books what the patient has paid for: the hold's author stays its owner, and the
 * rules only patients face online (notice, advance, grid) were checked when the hold was placed,
 * so the visit is judged as the desk would judge it (working hours, holidays, conflicts).
 */
function clinicActing(holdAuthor: string): Actor {
  return {
    userId: holdAuthor,
    role: 'staff',
    sessionId: 'stripe-webhook',
    email: '',
    name: 'Stripe webhook',
    patientId: null,
    twoFactorEnrollmentRequired: false,
  };
}
