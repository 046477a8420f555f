import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { logInUser } from '../../../../test/auth.ts';
import {
  createBillingTestApp,
  createTestPaymentRow,
  postTestCharge,
  postTestEntry,
} from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestUser } from '../../../../test/factories/users.ts';

// Postings at noon in New York on the dates given; the report is asked as of several dates.
const { app, ctx, setClock } = await createBillingTestApp('2026-06-01T16:00:00Z');
const manager = await createTestUser(ctx, { role: 'manager' });
const on = (date: string) => setClock(`${date}T16:00:00Z`);

const older = await createTestPatient(ctx, { lastName: 'Almeida' });
const credit = await createTestPatient(ctx, { lastName: 'Barros' });
const family = await createTestPatient(ctx, { lastName: 'Cardoso' });
const child = await createTestPatient(ctx, { lastName: 'Cardoso Filho', guardianPatientId: family.id });

on('2026-06-01');
await postTestCharge(ctx, older.id, 10_000);
on('2026-08-15');
await postTestCharge(ctx, older.id, 20_000);
await postTestCharge(ctx, child.id, 6_000);
on('2026-09-20');
await postTestEntry(ctx, family.id, 'adjustment', 1_000, 'Late fee');
on('2026-10-20');
await postTestCharge(ctx, older.id, 5_000);
on('2026-10-25');
await createTestPaymentRow(ctx, { patientId: older.id, amountCents: 12_000 });
await createTestPaymentRow(ctx, { patientId: credit.id, amountCents: 5_000 });
await createTestPaymentRow(ctx, { patientId: child.id, amountCents: 2_000 });
on('2026-11-04');
const { headers } = await logInUser(app, manager);

async function agingAsOf(asOf: string) {
  const response = await app.inject({ method: 'GET', url: `/api/v1/reports/aging?asOf=${asOf}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const rowOf = (report: { items: { guarantorId: string }[] }, id: string) =>
  report.items.find((item) => item.guarantorId === id);

describe('aging as of a date', () => {
  it('applies every credit to the oldest charge first, per account', async () => {
    const report = await agingAsOf('2026-11-04');
    // Almeida: 100.00 (1 Jun, 156 days) and 200.00 (15 Aug, 81 days) less 120.00 paid, oldest first; 50.00 on 20 Oct.
    expect(rowOf(report, older.id)).toMatchObject({
      label: 'Almeida, Test',
      members: 1,
      balanceCents: 23_000,
      current: 5_000,
      days31to60: 0,
      days61to90: 18_000,
      over90: 0,
    });
    // Barros paid with nothing owed: a credit balance, shown in current.
    expect(rowOf(report, credit.id)).toMatchObject({ balanceCents: -5_000, current: -5_000, over90: 0 });
    // Cardoso's account holds the child's 60.00 (81 days) and the parent's 10.00 fee (45 days), 20.00 paid.
    expect(rowOf(report, family.id)).toMatchObject({
      members: 2,
      balanceCents: 5_000,
      current: 0,
      days31to60: 1_000,
      days61to90: 4_000,
      over90: 0,
    });
    expect(rowOf(report, child.id)).toBeUndefined();
    expect(report.totals).toEqual({
      accounts: 3,
      balanceCents: 23_000,
      owedCents: 28_000,
      current: 0,
      days31to60: 1_000,
      days61to90: 22_000,
      over90: 0,
    });
  });

  it('recomputes the past: before the payments, and before anything but the first charge', async () => {
    const before = await agingAsOf('2026-10-22');
    expect(rowOf(before, older.id)).toMatchObject({
      balanceCents: 35_000,
      current: 5_000,
      days31to60: 0,
      days61to90: 20_000,
      over90: 10_000,
    });
    expect(rowOf(before, credit.id)).toBeUndefined();
    const first = await agingAsOf('2026-07-01');
    expect(first.items).toEqual([
      expect.objectContaining({ guarantorId: older.id, balanceCents: 10_000, current: 10_000 }),
    ]);
    // 30 days is still current; the 31st day is not.
    expect(rowOf(await agingAsOf('2026-07-02'), older.id)).toMatchObject({ current: 0, days31to60: 10_000 });
    expect((await agingAsOf('2026-05-31')).items).toEqual([]);
  });

  it('agrees with the account billing shows, on every date', async () => {
    for (const asOf of ['2026-06-30', '2026-08-15', '2026-09-19', '2026-10-25', '2026-11-04', '2027-03-01']) {
      const report = await agingAsOf(asOf);
      for (const guarantor of [older, credit, family]) {
        const account = await app.inject({
          method: 'GET',
          url: `/api/v1/accounts/${guarantor.id}?asOf=${asOf}`,
          headers,
        });
        const { balanceCents, aging } = account.json();
        const row = rowOf(report, guarantor.id);
        if (balanceCents === 0) expect(row, `${asOf} ${guarantor.lastName}`).toBeUndefined();
        else expect(row, `${asOf} ${guarantor.lastName}`).toMatchObject({ balanceCents, ...aging });
      }
    }
  });
});

describe('the aging CSV', () => {
  it('keeps a name typed as a spreadsheet formula as text', async () => {
    const sly = await createTestPatient(ctx, {
      lastName: '=HYPERLINK("http://evil.test")',
      firstName: '@Ann',
    });
    await postTestCharge(ctx, sly.id, 1_000);
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/reports/aging?asOf=2026-11-04',
      headers: { ...headers, accept: 'text/csv' },
    });
    const records = parse(response.body) as string[][];
    expect(records).toContainEqual([
      sly.id,
      `'=HYPERLINK("http://evil.test"), @Ann`,
      '1',
      '10.00',
      '10.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
  });
});
