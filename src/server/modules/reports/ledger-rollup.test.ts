import { describe, expect, it } from 'vitest';
import { logInUser } from '../../../../test/auth.ts';
import {
  createBillingTestApp,
  createTestPaymentRow,
  postTestCharge,
  postTestEntry,
} from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createReportVisit } from '../../../../test/factories/reports.ts';
import { createTestAppointmentType, createTestProvider } from '../../../../test/factories/scheduling.ts';
import { createTestUser } from '../../../../test/factories/users.ts';

// Postings at noon in New York on the dates given; reports asked as the clock moves on, so that
// the same month is read first mostly row by row and then mostly from the daily sums.
const { app, ctx, setClock } = await createBillingTestApp('2026-03-02T17:00:00Z');
const manager = await createTestUser(ctx, { role: 'manager' });
const on = (date: string) => setClock(`${date}T17:00:00Z`);

const drAna = await createTestProvider(ctx, { name: 'Dr. Ana Rollup' });
const drBia = await createTestProvider(ctx, { name: 'Dr. Bia Rollup' });
const cleaning = await createTestAppointmentType(ctx, {
  name: 'Cleaning',
  providerIds: [drAna.id, drBia.id],
});
const ada = await createTestPatient(ctx, { lastName: 'Abreu' });
const bento = await createTestPatient(ctx, { lastName: 'Bento' });
const visit = (providerId: string, date: string) =>
  createReportVisit(ctx, {
    patientId: ada.id,
    providerId,
    appointmentTypeId: cleaning.id,
    start: `${date}T14:00:00Z`,
    end: `${date}T14:30:00Z`,
  });

on('2026-03-02');
await postTestCharge(ctx, ada.id, 10_000, 'Cleaning', await visit(drAna.id, '2026-03-02'));
await postTestCharge(ctx, bento.id, 5_000, 'X-ray');
await createTestPaymentRow(ctx, { patientId: ada.id, amountCents: 3_000 });
on('2026-03-03');
await postTestCharge(ctx, ada.id, 7_000, 'Cleaning', await visit(drBia.id, '2026-03-03'));
await postTestEntry(ctx, bento.id, 'adjustment', -500, 'Courtesy');
on('2026-03-04');
await createTestPaymentRow(ctx, { patientId: bento.id, amountCents: 2_000 });
on('2026-03-05');
await postTestCharge(ctx, ada.id, 4_000, 'Cleaning', await visit(drAna.id, '2026-03-05'));

let headers: { authorization: string };
/** Moves the clock and logs the manager in again (tokens follow the clock). */
async function asManagerOn(date: string) {
  on(date);
  headers = (await logInUser(app, manager)).headers;
}

async function report(url: string) {
  const response = await app.inject({ method: 'GET', url: `/api/v1/reports/${url}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const march = 'from=2026-03-01&to=2026-03-31';
const reportsOfMarch = async () => ({
  byProvider: await report(`production?${march}&groupBy=provider`),
  byType: await report(`production?${march}&groupBy=type`),
  byDay: await report(`production?${march}&groupBy=day`),
  summary: await report(`summary?${march}`),
  aging: await report('aging?asOf=2026-04-30'),
});

async function rolledThrough(): Promise<string | undefined> {
  const rows = await ctx.engine.rawTransaction((tx) =>
    tx.query<{ through: string }>(`SELECT rolled_through::text AS through FROM ledger_rollup`),
  );
  return rows[0]?.through;
}

/** Dates, keys and patients whose kept sums differ from the ledger's own (none, when right). */
async function sumsThatDisagree() {
  const rolledLedger = `SELECT * FROM ledger_entries WHERE posted_on <= (SELECT rolled_through FROM ledger_rollup)`;
  const daysBy = (table: string, column: string) =>
    `WITH kept AS (SELECT posted_on, kind, coalesce(${column}::text, 'none') AS key, sum(amount_cents) AS cents
                     FROM ${table} GROUP BY 1, 2, 3),
          ledger AS (SELECT posted_on, kind, coalesce(${column}::text, 'none') AS key, sum(amount_cents) AS cents
                       FROM (${rolledLedger}) l GROUP BY 1, 2, 3)
     SELECT * FROM kept FULL JOIN ledger USING (posted_on, kind, key)
      WHERE kept.cents IS DISTINCT FROM ledger.cents`;
  return ctx.engine.rawTransaction(async (tx) => ({
    byProvider: await tx.query(daysBy('ledger_provider_day_totals', 'provider_id')),
    byType: await tx.query(daysBy('ledger_type_day_totals', 'appointment_type_id')),
    patients: await tx.query(
      `WITH ledger AS (
         SELECT patient_id, sum(CASE kind WHEN 'payment' THEN -amount_cents ELSE amount_cents END) AS cents
           FROM (${rolledLedger}) l GROUP BY 1)
       SELECT * FROM ledger_patient_totals FULL JOIN ledger USING (patient_id)
        WHERE balance_cents IS DISTINCT FROM ledger.cents`,
    ),
  }));
}
const agreeing = { byProvider: [], byType: [], patients: [] };

describe('reports over dates summed once (the ledger roll-up)', () => {
  it('give the same figures whether a date is read row by row or from its sums', async () => {
    await asManagerOn('2026-03-05');
    const early = await reportsOfMarch();
    // Two days behind the clinic's today: 2 and 3 March are summed, 4 and 5 still read row by row.
    expect(await rolledThrough()).toBe('2026-03-03');
    const providerRow = (key: string) =>
      early.byProvider.rows.find((row: { key: string }) => row.key === key);
    // Each fee with the provider of its visit; the X-ray and the payments tied to no visit.
    expect(providerRow(drAna.id)).toMatchObject({ productionCents: 14_000, paymentsCents: 0 });
    expect(providerRow(drBia.id)).toMatchObject({ productionCents: 7_000 });
    expect(providerRow('none')).toMatchObject({
      productionCents: 5_000,
      adjustmentsCents: -500,
      paymentsCents: 5_000,
      collectionsCents: 5_000,
    });
    expect(early.byType.rows.find((row: { key: string }) => row.key === cleaning.id)).toMatchObject({
      productionCents: 21_000,
    });
    expect(early.summary).toMatchObject({
      productionCents: 26_000,
      adjustmentsCents: -500,
      revenueCents: 5_000,
      outstandingCents: 20_500,
    });
    expect(early.aging.totals).toMatchObject({ accounts: 2, balanceCents: 20_500 });

    await asManagerOn('2026-04-20');
    const late = await reportsOfMarch();
    expect(await rolledThrough()).toBe('2026-04-18');
    expect(late).toEqual(early);
    expect(await sumsThatDisagree()).toEqual(agreeing);
  });

  it('sum each date once, however many reports ask at the same time', async () => {
    on('2026-04-25');
    await postTestCharge(ctx, bento.id, 1_200, 'Night guard');
    await asManagerOn('2026-05-10');
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        report(index % 2 === 0 ? `production?${march}&groupBy=day` : 'aging?asOf=2026-05-10'),
      ),
    );
    expect(await rolledThrough()).toBe('2026-05-08');
    expect(await sumsThatDisagree()).toEqual(agreeing);
    expect(answers[1].totals).toMatchObject({ accounts: 2, balanceCents: 21_700 });
  });

  it('age from the sums and the last 90 days as billing ages each account', async () => {
    await asManagerOn('2026-09-01');
    const aging = await report('aging?asOf=2026-09-01');
    for (const patient of [ada, bento]) {
      const account = await app.inject({ method: 'GET', url: `/api/v1/accounts/${patient.id}`, headers });
      const { balanceCents, aging: buckets } = account.json();
      expect(aging.items.find((row: { key: string }) => row.key === patient.id)).toMatchObject({
        balanceCents,
        ...buckets,
      });
    }
  });

  it('are made again when a row is dated on a day already summed (a clock set back)', async () => {
    await asManagerOn('2026-09-10');
    const before = await report('production?from=2026-08-01&to=2026-08-31&groupBy=day');
    expect(await rolledThrough()).toBe('2026-09-08');
    on('2026-08-20');
    await postTestCharge(ctx, bento.id, 900, 'Posted with the clock set back');
    await asManagerOn('2026-09-10');
    const after = await report('production?from=2026-08-01&to=2026-08-31&groupBy=day');
    expect(after.totals.productionCents).toBe(before.totals.productionCents + 900);
    expect(after.rows.find((row: { key: string }) => row.key === '2026-08-20')).toMatchObject({
      productionCents: 900,
    });
    expect(await rolledThrough()).toBe('2026-09-08');
    expect(await sumsThatDisagree()).toEqual(agreeing);
  });
});
