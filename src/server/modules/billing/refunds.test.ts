import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authHeader } from '../../../../test/auth.ts';
import { createBillingTestApp, createTestPaymentRow } from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { refunds } from '../../db/schema.ts';

// Wednesday 4 March 2026, 10:00 in New York; each reading moves on a millisecond.
const { app, ctx } = await createBillingTestApp('2026-03-04T15:00:00Z');
const manager = await authHeader(app, 'manager');
const staff = await authHeader(app, 'staff');

const refund = (paymentId: string, payload: Record<string, unknown>, headers = manager) =>
  app.inject({ method: 'POST', url: `/api/v1/payments/${paymentId}/refund`, headers, payload });

describe('refunds', () => {
  it('refunds part, then the rest by default, and never more than remains', async () => {
    const patient = await createTestPatient(ctx);
    const payment = await createTestPaymentRow(ctx, { patientId: patient.id, amountCents: 10_000 });
    const first = await refund(payment.id, { amountCents: 3_000, reason: 'Overcharged' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'succeeded', amountCents: 3_000, paymentId: payment.id });
    const tooMuch = await refund(payment.id, { amountCents: 7_001, reason: 'Too much' });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json()).toMatchObject({ code: 'refund_exceeds_payment', refundableCents: 7_000 });
    const rest = await refund(payment.id, { reason: 'Treatment cancelled' });
    expect(rest.json()).toMatchObject({ status: 'succeeded', amountCents: 7_000 });
    const nothingLeft = await refund(payment.id, { reason: 'Again' });
    expect(nothingLeft.statusCode).toBe(422);

    const shown = await app.inject({ method: 'GET', url: `/api/v1/payments/${payment.id}`, headers: staff });
    expect(shown.json()).toMatchObject({ refundedCents: 10_000 });
    expect(shown.json().refunds).toHaveLength(2);
    const ledger = await app.inject({
      method: 'GET',
      url: `/api/v1/patients/${patient.id}/ledger`,
      headers: staff,
    });
    expect(ledger.json().balanceCents).toBe(0);
    expect(ledger.json().entries.map((entry: { kind: string }) => entry.kind)).toEqual([
      'payment',
      'refund',
      'refund',
    ]);
  });

  it('lets two refunds at once take no more than the payment', async () => {
    const patient = await createTestPatient(ctx);
    const payment = await createTestPaymentRow(ctx, { patientId: patient.id, amountCents: 5_000 });
    const answers = await Promise.all([
      refund(payment.id, { amountCents: 3_000, reason: 'Desk A' }),
      refund(payment.id, { amountCents: 3_000, reason: 'Desk B' }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 422]);
    const rows = await ctx.db.select().from(refunds).where(eq(refunds.paymentId, payment.id));
    expect(rows.reduce((sum, row) => sum + row.amountCents, 0)).toBe(3_000);
  });

  it('refunds only settled payments, and only for managers', async () => {
    const patient = await createTestPatient(ctx);
    const pending = await createTestPaymentRow(ctx, {
      patientId: patient.id,
      method: 'stripe',
      status: 'pending',
      amountCents: 2_000,
    });
    const refused = await refund(pending.id, { reason: 'Not yet' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('payment_not_refundable');
    const settled = await createTestPaymentRow(ctx, { patientId: patient.id, amountCents: 2_000 });
    expect((await refund(settled.id, { reason: 'Desk' }, staff)).statusCode).toBe(403);
    expect((await refund('00000000-0000-4000-8000-000000000000', { reason: 'Who' })).statusCode).toBe(404);
    expect([400, 422]).toContain((await refund(settled.id, { amountCents: 100 })).statusCode);
  });
});
