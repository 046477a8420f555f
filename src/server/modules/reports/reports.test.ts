import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { logInUser } from '../../../../test/auth.ts';
import { createBillingTestApp, createTestPaymentRow } from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createReportVisit } from '../../../../test/factories/reports.ts';
import {
  createTestAppointmentType,
  createTestOperatory,
  createTestProvider,
  setWorkingHours,
} from '../../../../test/factories/scheduling.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { patients } from '../../db/schema.ts';
import { auditEvents } from '../audit/audit-tables.ts';

/*
 * One New York clinic week across the end of daylight saving time (Sunday 1 November 2026: the
 * clocks go from 02:00 EDT back to 01:00 EST, a 25-hour day), every figure worked out by hand
 * below. The reports cover Thursday 29 October to Wednesday 4 November and run at 15:00 EST on
 * the Wednesday. Visits (local times):
 *   #0  Wed 28 Oct 09:00 A P1 Cleaning chair 1  completed (before the period: P1 is returning)
 *   #1  Thu 29 Oct 09:00 A P1 Cleaning chair 1  completed            fee 100.00 on 29 Oct
 *   #2  Thu 29 Oct 10:00 A P2 Filling  chair 1  no-show
 *   #9  Thu 29 Oct 09:00 B P5 Cleaning no chair confirmed (past, so not scheduled production)
 *   #3  Sun  1 Nov 01:30 EDT B P3 Cleaning chair 2 completed (60 real minutes)  fee 100.00 on 1 Nov
 *   #4  Sun  1 Nov 23:30 EST B P1 Filling  chair 2 completed: 04:30 UTC on 2 Nov, local 1 Nov;
 *       fee 250.00 posted 23:50 EST, on 1 Nov
 *   #5  Mon  2 Nov 09:00 A P4 Cleaning chair 1  cancelled at 08:00 (late: notice is 24 h)
 *   #6  Mon  2 Nov 11:00 A P5 Filling  chair 1  cancelled on Fri 30 Oct (in time)
 *   #7  Wed  4 Nov 14:00 A P2 Cleaning chair 1  completed then reopened: fee 100.00 and −100.00
 *   #8  Wed  4 Nov 16:00 A P3 Filling  chair 1  scheduled, still ahead: scheduled production 250.00
 *   #10 Wed  4 Nov 16:30 A P4 Cleaning chair 1  cancelled at 14:00 (late), not scheduled production
 *   #11 Thu  1 Oct 10:00 B P4 Filling  chair 2  completed late, on Fri 30 Oct: its fee 250.00 is
 *       production of 30 Oct, for Dr. Bruno, though the visit is weeks before the period
 * Money besides the fees: X-ray charge 40.00 to P5 on 30 Oct (no visit); payments P1 80.00 cash
 * (29 Oct), P2 50.00 cash (30 Oct, refunded in full 2 Nov), P3 100.00 card (1 Nov, 30.00
 * refunded 2 Nov); a courtesy adjustment −15.00 to P3 (2 Nov); a pending card payment of P4
 * (not money yet). P5's account is P4's (P4 is P5's guarantor).
 * Hours: A Mon–Fri 09:00–12:00 and 13:00–17:00, time off Wed 4 Nov 09:00–12:00; B Thursdays
 * 09:00–11:00 and Sundays 00:00–04:00 (five hours on 1 Nov). Tue 3 Nov is a holiday.
 */
const { app, ctx, setClock } = await createBillingTestApp('2026-10-28T12:00:00Z');
const managerUser = await createTestUser(ctx, { role: 'manager', name: 'Report Manager' });
let headers: { authorization: string };

/** Moves the clinic clock and logs the manager in again (tokens follow the clock). */
async function at(instant: string): Promise<void> {
  setClock(instant);
  headers = (await logInUser(app, managerUser)).headers;
}

async function call(method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
  const response = await app.inject({
    method,
    url: `/api/v1${url}`,
    headers,
    ...(payload ? { payload } : {}),
  });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response;
}

const setStatus = (id: string, ...statuses: string[]) =>
  statuses.reduce(
    (previous, status) => previous.then(() => call('POST', `/appointments/${id}/status`, { status })),
    Promise.resolve({} as Awaited<ReturnType<typeof call>>),
  );
const complete = (id: string) => setStatus(id, 'checked_in', 'in_progress', 'completed');

const drAna = await createTestProvider(ctx, { name: 'Dr. Ana Lima' });
const drBruno = await createTestProvider(ctx, { name: 'Dr. Bruno Costa' });
await setWorkingHours(ctx, drAna.id, [
  ...([1, 2, 3, 4, 5] as const).flatMap((weekday) => [
    { weekday, start: '09:00', end: '12:00' },
    { weekday, start: '13:00', end: '17:00' },
  ]),
]);
await setWorkingHours(ctx, drBruno.id, [
  { weekday: 4, start: '09:00', end: '11:00' },
  { weekday: 7, start: '00:00', end: '04:00' },
]);
const cleaning = await createTestAppointmentType(ctx, {
  name: 'Cleaning',
  durationMinutes: 60,
  priceCents: 10_000,
});
const filling = await createTestAppointmentType(ctx, {
  name: 'Filling',
  durationMinutes: 30,
  priceCents: 25_000,
});
const chair1 = await createTestOperatory(ctx, { name: 'Chair 1' });
const chair2 = await createTestOperatory(ctx, { name: 'Chair 2' });
const [p1, p2, p3, p4] = await Promise.all(
  ['Pereira', 'Quintana', 'Rocha', 'Souza'].map((lastName) => createTestPatient(ctx, { lastName })),
);
if (!p1 || !p2 || !p3 || !p4) throw new Error('patients missing');
const p5 = await createTestPatient(ctx, { lastName: 'Souza Junior', guarantorPatientId: p4.id });

const visit = (
  patientId: string,
  providerId: string,
  type: { id: string },
  start: string,
  end: string,
  operatoryId: string | null,
  status?: 'confirmed',
) =>
  createReportVisit(ctx, {
    patientId,
    providerId,
    appointmentTypeId: type.id,
    operatoryId,
    start,
    end,
    ...(status ? { status } : {}),
  });

const v0 = await visit(p1.id, drAna.id, cleaning, '2026-10-28T13:00:00Z', '2026-10-28T14:00:00Z', chair1.id);
const v1 = await visit(p1.id, drAna.id, cleaning, '2026-10-29T13:00:00Z', '2026-10-29T14:00:00Z', chair1.id);
const v2 = await visit(p2.id, drAna.id, filling, '2026-10-29T14:00:00Z', '2026-10-29T14:30:00Z', chair1.id);
await visit(p5.id, drBruno.id, cleaning, '2026-10-29T13:00:00Z', '2026-10-29T14:00:00Z', null, 'confirmed');
const v3 = await visit(
  p3.id,
  drBruno.id,
  cleaning,
  '2026-11-01T05:30:00Z',
  '2026-11-01T06:30:00Z',
  chair2.id,
);
const v4 = await visit(p1.id, drBruno.id, filling, '2026-11-02T04:30:00Z', '2026-11-02T05:00:00Z', chair2.id);
const v5 = await visit(p4.id, drAna.id, cleaning, '2026-11-02T14:00:00Z', '2026-11-02T15:00:00Z', chair1.id);
const v6 = await visit(p5.id, drAna.id, filling, '2026-11-02T16:00:00Z', '2026-11-02T16:30:00Z', chair1.id);
const v7 = await visit(p2.id, drAna.id, cleaning, '2026-11-04T19:00:00Z', '2026-11-04T20:00:00Z', chair1.id);
await visit(p3.id, drAna.id, filling, '2026-11-04T21:00:00Z', '2026-11-04T21:30:00Z', chair1.id);
const v10 = await visit(p4.id, drAna.id, cleaning, '2026-11-04T21:30:00Z', '2026-11-04T22:30:00Z', chair1.id);
const v11 = await visit(
  p4.id,
  drBruno.id,
  filling,
  '2026-10-01T14:00:00Z',
  '2026-10-01T14:30:00Z',
  chair2.id,
);

await at('2026-10-28T14:00:00Z');
await complete(v0);
await call('POST', '/holidays', { date: '2026-11-03', name: 'Election day' });
await call('POST', `/providers/${drAna.id}/time-off`, {
  start: '2026-11-04T09:00:00-05:00',
  end: '2026-11-04T12:00:00-05:00',
  reason: 'Course',
});
await at('2026-10-29T14:00:00Z');
await complete(v1);
await setStatus(v2, 'no_show');
await call('POST', '/payments', { patientId: p1.id, amountCents: 8_000, method: 'cash' });
await at('2026-10-30T14:00:00Z');
const p2Payment = (
  await call('POST', '/payments', { patientId: p2.id, amountCents: 5_000, method: 'cash' })
).json();
await call('POST', `/appointments/${v6}/cancel`, { reason: 'Travelling' });
await at('2026-10-30T16:00:00Z');
await call('POST', '/charges', { patientId: p5.id, amountCents: 4_000, description: 'X-ray' });
await complete(v11);
await at('2026-11-01T06:30:00Z');
await complete(v3);
await at('2026-11-01T07:00:00Z');
const p3Payment = (
  await call('POST', '/payments', {
    patientId: p3.id,
    amountCents: 10_000,
    method: 'card_terminal',
    reference: 'T-9',
  })
).json();
await at('2026-11-02T04:50:00Z');
await complete(v4);
await at('2026-11-02T13:00:00Z');
await call('POST', `/appointments/${v5}/cancel`, { reason: 'Sick' });
await at('2026-11-02T15:00:00Z');
await call('POST', `/payments/${p2Payment.id}/refund`, { reason: 'Paid twice' });
await call('POST', `/payments/${p3Payment.id}/refund`, { amountCents: 3_000, reason: 'Overcharged' });
await call('POST', '/adjustments', { patientId: p3.id, amountCents: -1_500, reason: 'Courtesy' });
await at('2026-11-04T19:00:00Z');
await call('POST', `/appointments/${v10}/cancel`, {});
await at('2026-11-04T19:50:00Z');
await complete(v7);
await setStatus(v7, 'in_progress');
await createTestPaymentRow(ctx, {
  patientId: p4.id,
  amountCents: 7_000,
  method: 'stripe',
  status: 'pending',
});
await at('2026-11-04T20:00:00Z');

const period = 'from=2026-10-29&to=2026-11-04';
const report = (path: string) => call('GET', `/reports/${path}`);
const csvOf = async (path: string) => {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/reports/${path}`,
    headers: { ...headers, accept: 'text/csv' },
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.body).toContain('\r\n');
  return { response, records: parse(response.body, { bom: true }) as string[][] };
};

const zeroMoney = {
  productionCents: 0,
  adjustmentsCents: 0,
  paymentsCents: 0,
  refundsCents: 0,
  collectionsCents: 0,
  scheduledProductionCents: 0,
};
const noVisits = {
  total: 0,
  scheduled: 0,
  confirmed: 0,
  checkedIn: 0,
  inProgress: 0,
  completed: 0,
  cancelled: 0,
  lateCancellations: 0,
  noShow: 0,
  noShowRate: null,
};

describe('the production report', () => {
  const totals = {
    productionCents: 74_000,
    adjustmentsCents: -1_500,
    paymentsCents: 23_000,
    refundsCents: 8_000,
    collectionsCents: 15_000,
    scheduledProductionCents: 25_000,
  };

  it('counts each clinic-local day, the 25-hour one included', async () => {
    const body = (await report(`production?${period}&groupBy=day`)).json();
    expect(body).toMatchObject({ from: '2026-10-29', to: '2026-11-04', currency: 'BRL', groupBy: 'day' });
    expect(body.rows).toEqual([
      {
        key: '2026-10-29',
        label: '2026-10-29',
        ...zeroMoney,
        productionCents: 10_000,
        paymentsCents: 8_000,
        collectionsCents: 8_000,
      },
      {
        key: '2026-10-30',
        label: '2026-10-30',
        ...zeroMoney,
        productionCents: 29_000,
        paymentsCents: 5_000,
        collectionsCents: 5_000,
      },
      { key: '2026-10-31', label: '2026-10-31', ...zeroMoney },
      {
        key: '2026-11-01',
        label: '2026-11-01',
        ...zeroMoney,
        productionCents: 35_000,
        paymentsCents: 10_000,
        collectionsCents: 10_000,
      },
      {
        key: '2026-11-02',
        label: '2026-11-02',
        ...zeroMoney,
        adjustmentsCents: -1_500,
        refundsCents: 8_000,
        collectionsCents: -8_000,
      },
      { key: '2026-11-03', label: '2026-11-03', ...zeroMoney },
      { key: '2026-11-04', label: '2026-11-04', ...zeroMoney, scheduledProductionCents: 25_000 },
    ]);
    expect(body.totals).toEqual(totals);
  });

  it('attributes visit fees (and their reversal) to the provider and type; the rest to none', async () => {
    const byProvider = (await report(`production?${period}&groupBy=provider`)).json();
    expect(byProvider.rows).toEqual([
      {
        key: drAna.id,
        label: 'Dr. Ana Lima',
        ...zeroMoney,
        productionCents: 10_000,
        scheduledProductionCents: 25_000,
      },
      { key: drBruno.id, label: 'Dr. Bruno Costa', ...zeroMoney, productionCents: 60_000 },
      {
        key: 'none',
        label: 'No provider (not tied to a visit)',
        ...zeroMoney,
        productionCents: 4_000,
        adjustmentsCents: -1_500,
        paymentsCents: 23_000,
        refundsCents: 8_000,
        collectionsCents: 15_000,
      },
    ]);
    expect(byProvider.totals).toEqual(totals);
    const byType = (await report(`production?${period}&groupBy=type`)).json();
    expect(
      byType.rows.map((row: { label: string; productionCents: number }) => [row.label, row.productionCents]),
    ).toEqual([
      ['Cleaning', 20_000],
      ['Filling', 50_000],
      ['No type (not tied to a visit)', 4_000],
    ]);
    expect(byType.totals).toEqual(totals);
  });

  it('gives the same figures as CSV, in dollars, as an attachment', async () => {
    const { response, records } = await csvOf(`production?${period}&groupBy=provider`);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="production-2026-10-29-2026-11-04.csv"',
    );
    expect(records).toEqual([
      [
        'Key',
        'Provider',
        'Production (BRL)',
        'Adjustments (BRL)',
        'Payments (BRL)',
        'Refunds (BRL)',
        'Collections (BRL)',
        'Scheduled production (BRL)',
      ],
      [drAna.id, 'Dr. Ana Lima', '100.00', '0.00', '0.00', '0.00', '0.00', '250.00'],
      [drBruno.id, 'Dr. Bruno Costa', '600.00', '0.00', '0.00', '0.00', '0.00', '0.00'],
      ['none', 'No provider (not tied to a visit)', '40.00', '-15.00', '230.00', '80.00', '150.00', '0.00'],
      ['', 'Total', '740.00', '-15.00', '230.00', '80.00', '150.00', '250.00'],
    ]);
  });
});

describe('the appointments report', () => {
  it('counts by status, with late cancellations apart and the no-show rate', async () => {
    const body = (await report(`appointments?${period}&groupBy=status`)).json();
    expect(body.cancellationNoticeHours).toBe(24);
    expect(body.rows.map((row: { key: string; total: number }) => [row.key, row.total])).toEqual([
      ['scheduled', 1],
      ['confirmed', 1],
      ['checked_in', 0],
      ['in_progress', 1],
      ['completed', 3],
      ['cancelled', 3],
      ['no_show', 1],
    ]);
    expect(body.totals).toEqual({
      total: 10,
      scheduled: 1,
      confirmed: 1,
      checkedIn: 0,
      inProgress: 1,
      completed: 3,
      cancelled: 3,
      lateCancellations: 2,
      noShow: 1,
      noShowRate: 0.25,
    });
  });

  it('groups by provider, type and clinic-local day', async () => {
    const byProvider = (await report(`appointments?${period}&groupBy=provider`)).json();
    expect(byProvider.rows).toEqual([
      {
        key: drAna.id,
        label: 'Dr. Ana Lima',
        ...noVisits,
        total: 7,
        scheduled: 1,
        inProgress: 1,
        completed: 1,
        cancelled: 3,
        lateCancellations: 2,
        noShow: 1,
        noShowRate: 0.5,
      },
      {
        key: drBruno.id,
        label: 'Dr. Bruno Costa',
        ...noVisits,
        total: 3,
        confirmed: 1,
        completed: 2,
        noShowRate: 0,
      },
    ]);
    const byType = (await report(`appointments?${period}&groupBy=type`)).json();
    expect(
      byType.rows.map((row: { label: string; total: number; noShowRate: number }) => [
        row.label,
        row.total,
        row.noShowRate,
      ]),
    ).toEqual([
      ['Cleaning', 6, 0],
      ['Filling', 4, 0.5],
    ]);
    const byDay = (await report(`appointments?${period}&groupBy=day`)).json();
    expect(
      byDay.rows.map((row: { key: string; total: number; lateCancellations: number }) => [
        row.key,
        row.total,
        row.lateCancellations,
      ]),
    ).toEqual([
      ['2026-10-29', 3, 0],
      ['2026-10-30', 0, 0],
      ['2026-10-31', 0, 0],
      ['2026-11-01', 2, 0],
      ['2026-11-02', 2, 1],
      ['2026-11-03', 0, 0],
      ['2026-11-04', 3, 1],
    ]);
    expect(byDay.rows[2]).toEqual({ key: '2026-10-31', label: '2026-10-31', ...noVisits });
  });

  it('gives the same counts as CSV', async () => {
    const { response, records } = await csvOf(`appointments?${period}&groupBy=status`);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="appointments-2026-10-29-2026-11-04.csv"',
    );
    expect(records[0]).toEqual([
      'Key',
      'Status',
      'Appointments',
      'Scheduled',
      'Confirmed',
      'Checked in',
      'In progress',
      'Completed',
      'Cancelled',
      'Late cancellations (under 24 h notice)',
      'No-shows',
      'No-show rate',
    ]);
    expect(records[6]).toEqual(['cancelled', 'Cancelled', '3', '0', '0', '0', '0', '0', '3', '2', '0', '']);
    expect(records[8]).toEqual(['', 'Total', '10', '1', '1', '0', '1', '3', '3', '2', '1', '0.25']);
  });
});

describe('the utilization report', () => {
  it('sets booked minutes against the hours the availability engine opens, DST day and holiday included', async () => {
    const body = (await report(`utilization?${period}`)).json();
    // A: 7 h on Thu, Fri, Mon; the holiday Tuesday closed; 4 h on Wednesday after time off.
    // B: 2 h on Thursday and 00:00–04:00 on the 25-hour Sunday, five real hours.
    expect(body.providers).toEqual([
      { key: drAna.id, label: 'Dr. Ana Lima', availableMinutes: 1_500, bookedMinutes: 150, ratio: 0.1 },
      {
        key: drBruno.id,
        label: 'Dr. Bruno Costa',
        availableMinutes: 420,
        bookedMinutes: 150,
        ratio: 150 / 420,
      },
    ]);
    // The clinic is open while anyone works: 420 + 420 + 300 + 420 + 240 minutes.
    expect(body.chairs).toEqual([
      { key: chair1.id, label: 'Chair 1', availableMinutes: 1_800, bookedMinutes: 150, ratio: 150 / 1_800 },
      { key: chair2.id, label: 'Chair 2', availableMinutes: 1_800, bookedMinutes: 90, ratio: 0.05 },
    ]);
    expect(body.totals).toEqual({ availableMinutes: 1_920, bookedMinutes: 300, ratio: 300 / 1_920 });
  });

  it('gives the same minutes as CSV', async () => {
    const { records } = await csvOf(`utilization?${period}`);
    expect(records).toEqual([
      ['Resource', 'Key', 'Name', 'Available minutes', 'Booked minutes', 'Utilization'],
      ['Provider', drAna.id, 'Dr. Ana Lima', '1500', '150', '0.1'],
      ['Provider', drBruno.id, 'Dr. Bruno Costa', '420', '150', '0.3571'],
      ['Provider', '', 'All providers', '1920', '300', '0.1563'],
      ['Chair', chair1.id, 'Chair 1', '1800', '150', '0.0833'],
      ['Chair', chair2.id, 'Chair 2', '1800', '90', '0.05'],
    ]);
  });
});

describe('the patients report', () => {
  it('counts new, returning and active patients, each month on its own', async () => {
    const body = (await report(`patients?${period}`)).json();
    expect(body.rows).toEqual([
      { key: '2026-10', label: '2026-10', newPatients: 0, returningPatients: 1, activePatients: 1 },
      { key: '2026-11', label: '2026-11', newPatients: 1, returningPatients: 1, activePatients: 2 },
    ]);
    expect(body.totals).toEqual({ newPatients: 1, returningPatients: 1, activePatients: 2 });
    const { records, response } = await csvOf(`patients?${period}`);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="patients-2026-10-29-2026-11-04.csv"',
    );
    expect(records).toEqual([
      ['Month', 'New patients', 'Returning patients', 'Active patients'],
      ['2026-10', '0', '1', '1'],
      ['2026-11', '1', '1', '2'],
      ['Whole period', '1', '1', '2'],
    ]);
  });
});

describe('the summary', () => {
  it('brings the figures of the other reports together', async () => {
    const body = (await report(`summary?${period}`)).json();
    expect(body).toEqual({
      from: '2026-10-29',
      to: '2026-11-04',
      currency: 'BRL',
      appointmentsByStatus: {
        scheduled: 1,
        confirmed: 1,
        checked_in: 0,
        in_progress: 1,
        completed: 3,
        cancelled: 3,
        no_show: 1,
      },
      byProvider: [
        {
          key: drAna.id,
          label: 'Dr. Ana Lima',
          providerId: drAna.id,
          booked: 4,
          completed: 1,
          noShow: 1,
          cancelled: 3,
          availableMinutes: 1_500,
          bookedMinutes: 150,
          utilization: 0.1,
        },
        {
          key: drBruno.id,
          label: 'Dr. Bruno Costa',
          providerId: drBruno.id,
          booked: 3,
          completed: 2,
          noShow: 0,
          cancelled: 0,
          availableMinutes: 420,
          bookedMinutes: 150,
          utilization: 150 / 420,
        },
      ],
      noShowRate: 0.25,
      productionCents: 74_000,
      adjustmentsCents: -1_500,
      revenueCents: 23_000,
      refundsCents: 8_000,
      collectionsCents: 15_000,
      // P1 owes 370.00, P3 15.00, P4's account 290.00 (P5's X-ray, P4's late-completed filling).
      outstandingCents: 67_500,
    });
    const { records, response } = await csvOf(`summary?${period}`);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="summary-2026-10-29-2026-11-04.csv"',
    );
    expect(records[0]).toEqual(['Figure', 'Provider', 'Count or minutes', 'Rate', 'Amount (BRL)']);
    expect(records).toContainEqual(['No-show rate', '', '', '0.25', '']);
    expect(records).toContainEqual(['Production', '', '', '', '740.00']);
    expect(records).toContainEqual(['Outstanding at the end of 2026-11-04', '', '', '', '675.00']);
    expect(records).toContainEqual(['Available minutes', 'Dr. Bruno Costa', '420', '', '']);
  });
});

describe('the aging report', () => {
  it('lists accounts owing, by guarantor, a page at a time, with totals of all', async () => {
    const owing = [
      { guarantorId: p1.id, label: 'Pereira, Test', members: 1, balanceCents: 37_000 },
      { guarantorId: p3.id, label: 'Rocha, Test', members: 1, balanceCents: 1_500 },
      { guarantorId: p4.id, label: 'Souza, Test', members: 2, balanceCents: 29_000 },
    ]
      .map((account) => ({
        key: account.guarantorId,
        ...account,
        current: account.balanceCents,
        days31to60: 0,
        days61to90: 0,
        over90: 0,
      }))
      .sort((a, b) => (a.guarantorId < b.guarantorId ? -1 : 1));
    const totals = {
      accounts: 3,
      balanceCents: 67_500,
      owedCents: 67_500,
      current: 67_500,
      days31to60: 0,
      days61to90: 0,
      over90: 0,
    };
    const first = (await report('aging?asOf=2026-11-04&limit=2')).json();
    expect(first).toMatchObject({ asOf: '2026-11-04', currency: 'BRL', items: owing.slice(0, 2), totals });
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await report(`aging?asOf=2026-11-04&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: owing.slice(2), nextCursor: null, totals });
    // Without asOf: today in the clinic's zone.
    expect((await report('aging')).json().asOf).toBe('2026-11-04');

    const { records, response } = await csvOf('aging?asOf=2026-11-04&limit=1');
    expect(response.headers['content-disposition']).toBe('attachment; filename="aging-2026-11-04.csv"');
    expect(records).toEqual([
      [
        'Guarantor id',
        'Account',
        'Members',
        'Balance (BRL)',
        '0–30 days (BRL)',
        '31–60 days (BRL)',
        '61–90 days (BRL)',
        'Over 90 days (BRL)',
      ],
      ...owing.map((account) => [
        account.guarantorId,
        account.label,
        String(account.members),
        (account.balanceCents / 100).toFixed(2),
        (account.balanceCents / 100).toFixed(2),
        '0.00',
        '0.00',
        '0.00',
      ]),
      ['', 'Total', '4', '675.00', '675.00', '0.00', '0.00', '0.00'],
    ]);
  });

  it('refuses a cursor it did not hand out', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/reports/aging?cursor=not-a-cursor',
      headers,
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('report runs', () => {
  it('are audited with their parameters and format, without patient data', async () => {
    await report(`production?${period}&groupBy=type`);
    await csvOf('aging?asOf=2026-11-04');
    const events = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entity, 'report'));
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'report.production',
        entityId: 'production',
        actorId: managerUser.id,
        patientId: null,
        outcome: 'success',
        detail: { from: '2026-10-29', to: '2026-11-04', groupBy: 'type', format: 'json' },
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'report.aging',
        detail: { asOf: '2026-11-04', limit: null, laterPage: false, format: 'csv' },
      }),
    );
    const names = await ctx.db.select({ lastName: patients.lastName }).from(patients);
    for (const event of events) {
      for (const { lastName } of names) expect(JSON.stringify(event.detail)).not.toContain(lastName);
    }
  });
});
