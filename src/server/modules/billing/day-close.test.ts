import { describe, expect, it } from 'vitest';
import { logInAs } from '../../../../test/auth.ts';
import { createBillingTestApp, createTestPaymentRow } from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';

// Thursday 5 March 2026, 10:00 in New York; each reading moves on a millisecond.
const { app, ctx, setClock } = await createBillingTestApp('2026-03-05T15:00:00Z');
let manager = await logInAs(app, ctx, 'manager');

const post = (url: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/v1${url}`, headers: manager.headers, payload });
const get = (url: string) => app.inject({ method: 'GET', url: `/api/v1${url}`, headers: manager.headers });

describe('closing a day', () => {
  it('freezes the totals of the day and blocks back-dated postings, refunds and adjustments', async () => {
    const patient = await createTestPatient(ctx);
    await post('/charges', { patientId: patient.id, amountCents: 20_000, description: 'Implant consult' });
    await post('/payments', { patientId: patient.id, amountCents: 6_000, method: 'cash' });
    await post('/payments', {
      patientId: patient.id,
      amountCents: 4_000,
      method: 'card_terminal',
      reference: 'T-1',
    });
    const payment = await createTestPaymentRow(ctx, {
      patientId: patient.id,
      amountCents: 1_000,
      method: 'check',
    });
    await post(`/payments/${payment.id}/refund`, { amountCents: 400, reason: 'Wrong amount' });
    await post('/adjustments', { patientId: patient.id, amountCents: -2_500, reason: 'Courtesy' });

    const closed = await post('/day-closes', { date: '2026-03-05' });
    expect(closed.statusCode).toBe(201);
    const totals = {
      byMethod: { cash: 6_000, card_terminal: 4_000, check: 1_000, stripe: 0 },
      paymentsCents: 11_000,
      refundsCents: 400,
      chargesCents: 20_000,
      adjustmentsCents: -2_500,
    };
    expect(closed.json()).toMatchObject({
      date: '2026-03-05',
      totals,
      closedBy: manager.user.id,
      closedByName: manager.user.name,
    });

    const blocked = [
      await post('/charges', { patientId: patient.id, amountCents: 100, description: 'Late' }),
      await post('/payments', { patientId: patient.id, amountCents: 100, method: 'cash' }),
      await post('/adjustments', { patientId: patient.id, amountCents: -100, reason: 'Late' }),
      await post(`/payments/${payment.id}/refund`, { amountCents: 100, reason: 'Late' }),
    ];
    for (const response of blocked) {
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'period_closed', closedThrough: '2026-03-05' });
    }
    const ledger = await get(`/patients/${patient.id}/ledger`);
    expect(ledger.json().entries).toHaveLength(6);

    // The next morning the books are open again, and the closed day's figures do not move.
    setClock('2026-03-06T14:00:00Z');
    manager = await logInAs(app, ctx, 'manager');
    expect(
      (await post('/payments', { patientId: patient.id, amountCents: 700, method: 'cash' })).statusCode,
    ).toBe(201);
    expect(
      (await post(`/payments/${payment.id}/refund`, { amountCents: 100, reason: 'Rest' })).statusCode,
    ).toBe(201);
    const list = await get('/day-closes');
    expect(list.json().items).toEqual([closed.json()]);
  });

  it('refuses a day not yet over, a day already closed, and closes every earlier day with a later one', async () => {
    setClock('2026-03-09T14:00:00Z');
    manager = await logInAs(app, ctx, 'manager');
    const tomorrow = await post('/day-closes', { date: '2026-03-10' });
    expect(tomorrow.statusCode).toBe(422);
    expect(tomorrow.json().code).toBe('day_not_over');
    expect((await post('/day-closes', { date: '2026-03-04' })).statusCode).toBe(409);
    const patient = await createTestPatient(ctx);
    await post('/charges', { patientId: patient.id, amountCents: 300, description: 'Floss' });
    const later = await post('/day-closes', { date: '2026-03-09' });
    expect(later.statusCode).toBe(201);
    // Everything since the previous close is in it: the 6th's payment and refund, the 9th's charge.
    expect(later.json().totals).toEqual({
      byMethod: { cash: 700, card_terminal: 0, check: 0, stripe: 0 },
      paymentsCents: 700,
      refundsCents: 100,
      chargesCents: 300,
      adjustmentsCents: 0,
    });
    expect((await post('/day-closes', { date: '2026-03-07' })).statusCode).toBe(409);
    const list = await get('/day-closes?limit=1');
    expect(list.json().items.map((item: { date: string }) => item.date)).toEqual(['2026-03-09']);
    const next = await get(`/day-closes?limit=1&cursor=${list.json().nextCursor}`);
    expect(next.json()).toMatchObject({ items: [{ date: '2026-03-05' }], nextCursor: null });
  });

  it('is for managers to close and for staff to read', async () => {
    const staff = await logInAs(app, ctx, 'staff');
    const close = await app.inject({
      method: 'POST',
      url: '/api/v1/day-closes',
      headers: staff.headers,
      payload: { date: '2026-03-09' },
    });
    expect(close.statusCode).toBe(403);
    const read = await app.inject({ method: 'GET', url: '/api/v1/day-closes', headers: staff.headers });
    expect(read.statusCode).toBe(200);
  });
});
