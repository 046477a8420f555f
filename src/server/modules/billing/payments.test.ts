import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { logInAs, logInUser } from '../../../../test/auth.ts';
import { createBillingTestApp, testSource } from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { ledgerEntries, payments } from '../../db/schema.ts';
import { oncePerIdempotencyKey } from '../scheduling/idempotency.ts';
import { recordOfflinePayment } from './record-offline-payment.ts';

// Tuesday 3 March 2026, 10:00 in New York; each reading moves on a millisecond.
const { app, ctx, setClock } = await createBillingTestApp('2026-03-03T15:00:00Z');
const staff = await logInAs(app, ctx, 'staff');

function pay(
  payload: Record<string, unknown>,
  headers: Record<string, string> = staff.headers,
  key?: string,
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    headers: key === undefined ? headers : { ...headers, 'idempotency-key': key },
    payload,
  });
}

describe('taking payments', () => {
  // First in the file, so the clinic's counter starts from nothing.
  it('gives receipt numbers exactly 1..20 to twenty payments taken at once', async () => {
    const patient = await createTestPatient(ctx);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        pay({ patientId: patient.id, amountCents: 100 + index, method: 'cash' }),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(20).fill(201));
    const numbers = responses.map((response) => response.json().receiptNumber).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it('records money taken at the desk as settled, with its ledger row', async () => {
    const patient = await createTestPatient(ctx);
    const response = await pay({
      patientId: patient.id,
      amountCents: 4_200,
      method: 'card_terminal',
      reference: 'SLIP-981',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'succeeded',
      method: 'card_terminal',
      reference: 'SLIP-981',
      amountCents: 4_200,
      currency: 'BRL',
      refundedCents: 0,
    });
    expect(response.json().receiptNumber).toBeGreaterThan(0);
    const ledger = await app.inject({
      method: 'GET',
      url: `/api/v1/patients/${patient.id}/ledger`,
      headers: staff.headers,
    });
    expect(ledger.json()).toMatchObject({
      balanceCents: -4_200,
      entries: [{ kind: 'payment', amountCents: 4_200, paymentId: response.json().id }],
    });
    const fetched = await app.inject({
      method: 'GET',
      url: `/api/v1/payments/${response.json().id}`,
      headers: staff.headers,
    });
    expect(fetched.json()).toMatchObject({
      id: response.json().id,
      patientName: `${patient.firstName} ${patient.lastName}`,
    });
  });

  it('honours Idempotency-Key: the same body gets the same payment once, another body is refused', async () => {
    const patient = await createTestPatient(ctx);
    const body = { patientId: patient.id, amountCents: 7_000, method: 'check', reference: 'CHK 1001' };
    const first = await pay(body, staff.headers, 'pay-once-1');
    const again = await pay(body, staff.headers, 'pay-once-1');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await pay({ ...body, amountCents: 7_001 }, staff.headers, 'pay-once-1');
    expect(other.statusCode).toBe(422);
    const [paymentCount] = await ctx.db
      .select({ n: count() })
      .from(payments)
      .where(eq(payments.patientId, patient.id));
    const [rowCount] = await ctx.db
      .select({ n: count() })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.patientId, patient.id));
    expect(paymentCount?.n).toBe(1);
    expect(rowCount?.n).toBe(1);
  });

  it('replays a payment whose process died after committing it, instead of taking it twice', async () => {
    const patient = await createTestPatient(ctx);
    const body = { patientId: patient.id, amountCents: 5_500, method: 'cash' as const };
    const died = oncePerIdempotencyKey(
      ctx,
      `user:${staff.user.id}:payments`,
      'pay-crash-1',
      body,
      async () => {
        await recordOfflinePayment(ctx, body, testSource);
        throw new Error('the process died before it could answer');
      },
    );
    await expect(died).rejects.toThrow('died');
    const retry = await pay(body, staff.headers, 'pay-crash-1');
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const rows = await ctx.db.select().from(payments).where(eq(payments.patientId, patient.id));
    expect(rows.map((row) => row.id)).toEqual([retry.json().id]);
  });

  it('lets a patient pay only their own account, and only online', async () => {
    const patientUser = await createTestUser(ctx, { role: 'patient' });
    const self = await logInUser(app, patientUser);
    const stranger = await createTestPatient(ctx);
    const other = await pay({ patientId: stranger.id, amountCents: 1_000, method: 'stripe' }, self.headers);
    expect(other.statusCode).toBe(404);
    const cash = await pay(
      { patientId: patientUser.patientId, amountCents: 1_000, method: 'cash' },
      self.headers,
    );
    expect(cash.statusCode).toBe(403);
    const [rowCount] = await ctx.db
      .select({ n: count() })
      .from(payments)
      .where(eq(payments.patientId, stranger.id));
    expect(rowCount?.n).toBe(0);
    const list = await app.inject({ method: 'GET', url: '/api/v1/payments', headers: self.headers });
    expect(list.statusCode).toBe(403);
    const theirs = await pay({ patientId: stranger.id, amountCents: 500, method: 'cash' });
    const peek = await app.inject({
      method: 'GET',
      url: `/api/v1/payments/${theirs.json().id}`,
      headers: self.headers,
    });
    expect(peek.statusCode).toBe(404);
  });

  it('lists payments of a date range newest first, page by page, with totals by method', async () => {
    setClock('2026-03-10T14:00:00Z');
    // A week on, yesterday's access token has expired.
    const desk = await logInAs(app, ctx, 'staff');
    const patient = await createTestPatient(ctx);
    const taken = [];
    for (const [method, amountCents] of [
      ['cash', 1_000],
      ['check', 2_000],
      ['cash', 3_000],
      ['card_terminal', 4_000],
    ] as const) {
      taken.push((await pay({ patientId: patient.id, amountCents, method }, desk.headers)).json().id);
    }
    // Late on the 10th in New York is already the 11th in UTC: it still counts for the 10th.
    setClock('2026-03-11T03:00:00Z');
    const night = await logInAs(app, ctx, 'staff');
    taken.push(
      (await pay({ patientId: patient.id, amountCents: 500, method: 'cash' }, night.headers)).json().id,
    );
    setClock('2026-03-11T15:00:00Z');
    const nextDay = await logInAs(app, ctx, 'staff');
    await pay({ patientId: patient.id, amountCents: 9_999, method: 'cash' }, nextDay.headers);

    const reader = await logInAs(app, ctx, 'staff');
    const seen: string[] = [];
    let url = '/api/v1/payments?from=2026-03-10&to=2026-03-10&limit=2';
    let totals: unknown;
    for (let page = 0; page < 5; page++) {
      const response = await app.inject({ method: 'GET', url, headers: reader.headers });
      expect(response.statusCode).toBe(200);
      seen.push(...response.json().items.map((item: { id: string }) => item.id));
      totals = response.json().totals;
      const next = response.json().nextCursor;
      if (next === null) break;
      url = `/api/v1/payments?from=2026-03-10&to=2026-03-10&limit=2&cursor=${next}`;
    }
    expect(seen).toEqual([...taken].reverse());
    expect(totals).toEqual({
      byMethod: { cash: 4_500, card_terminal: 4_000, check: 2_000, stripe: 0 },
      paymentsCents: 10_500,
      refundsCents: 0,
    });
    const checks = await app.inject({
      method: 'GET',
      url: `/api/v1/payments?from=2026-03-10&to=2026-03-11&method=check&patientId=${patient.id}`,
      headers: reader.headers,
    });
    expect(checks.json().items).toHaveLength(1);
    expect(checks.json().totals.paymentsCents).toBe(2_000);
    const badCursor = await app.inject({
      method: 'GET',
      url: '/api/v1/payments?cursor=nonsense',
      headers: reader.headers,
    });
    expect(badCursor.statusCode).toBe(400);
  });
});
