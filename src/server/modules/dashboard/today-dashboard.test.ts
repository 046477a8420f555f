import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authHeader } from '../../../../test/auth.ts';
import { createTestAppointment } from '../../../../test/factories/appointments.ts';
import {
  createBillingTestApp,
  createTestPaymentRow,
  postTestCharge,
} from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import type { TodayDashboard } from '../../../shared/dashboard.ts';
import type { AppointmentStatus } from '../../../shared/scheduling.ts';
import { appointments } from '../../db/schema.ts';

// Tuesday 10 March 2026, 11:00 in New York (EDT, UTC−4 since the 8th); each reading moves on a millisecond.
const { app, ctx, setClock } = await createBillingTestApp('2026-03-10T15:00:00Z');
const staff = await authHeader(app, 'staff');
const manager = await authHeader(app, 'manager');
const admin = await authHeader(app, 'admin');

async function today(headers = staff): Promise<TodayDashboard> {
  const response = await app.inject({ method: 'GET', url: '/api/v1/dashboard/today', headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function visit(patientId: string, startsAt: string, status: AppointmentStatus | 'held' = 'scheduled') {
  const appointment = await createTestAppointment(ctx, patientId, startsAt);
  await ctx.db
    .update(appointments)
    .set({ status, holdExpiresAt: status === 'held' ? new Date('2026-03-10T20:00:00Z') : null })
    .where(eq(appointments.id, appointment.id));
  return appointment;
}

describe('GET /dashboard/today', () => {
  it("counts the clinic-local day's visits by where they stand", async () => {
    const before = await today();
    const patient = await createTestPatient(ctx);
    // 09:00, 10:00, … local: seven visits of one patient that do not overlap.
    await visit(patient.id, '2026-03-10T13:00:00Z', 'scheduled');
    await visit(patient.id, '2026-03-10T14:00:00Z', 'confirmed');
    await visit(patient.id, '2026-03-10T15:00:00Z', 'checked_in');
    await visit(patient.id, '2026-03-10T16:00:00Z', 'in_progress');
    await visit(patient.id, '2026-03-10T17:00:00Z', 'completed');
    await visit(patient.id, '2026-03-10T18:00:00Z', 'no_show');
    await visit(patient.id, '2026-03-10T19:00:00Z', 'cancelled');
    await visit(patient.id, '2026-03-10T20:00:00Z', 'held');
    // 23:30 local is still today, though already the 11th in UTC.
    await visit(patient.id, '2026-03-11T03:30:00Z', 'scheduled');
    // 23:30 local on the 9th (the 10th in UTC) and 00:30 local on the 11th are other days.
    await visit(patient.id, '2026-03-10T03:30:00Z', 'scheduled');
    await visit(patient.id, '2026-03-11T04:30:00Z', 'scheduled');

    const after = await today();
    expect(after.date).toBe('2026-03-10');
    expect(after.timeZone).toBe('America/New_York');
    expect({
      total: after.visits.total - before.visits.total,
      arrived: after.visits.arrived - before.visits.arrived,
      unconfirmed: after.visits.unconfirmed - before.visits.unconfirmed,
      noShows: after.visits.noShows - before.visits.noShows,
    }).toEqual({ total: 7, arrived: 3, unconfirmed: 2, noShows: 1 });
  });

  it("lists today's patients whose account owes, once each, at their first visit", async () => {
    const owing = await createTestPatient(ctx, { firstName: 'Olga', lastName: 'Owing' });
    await postTestCharge(ctx, owing.id, 12_000);
    await createTestPaymentRow(ctx, { patientId: owing.id, amountCents: 2_000 });
    const second = await visit(owing.id, '2026-03-10T21:00:00Z');
    const first = await visit(owing.id, '2026-03-10T12:00:00Z', 'checked_in');

    const even = await createTestPatient(ctx, { lastName: 'Even' });
    await postTestCharge(ctx, even.id, 5_000);
    await createTestPaymentRow(ctx, { patientId: even.id, amountCents: 5_000 });
    await visit(even.id, '2026-03-10T13:00:00Z');

    const inCredit = await createTestPatient(ctx, { lastName: 'Credit' });
    await createTestPaymentRow(ctx, { patientId: inCredit.id, amountCents: 3_000 });
    await visit(inCredit.id, '2026-03-10T13:00:00Z');

    // A child whose parent heads the account: the account's balance is what the desk collects.
    const parent = await createTestPatient(ctx, { lastName: 'Parent' });
    const child = await createTestPatient(ctx, {
      firstName: 'Kid',
      lastName: 'Child',
      guarantorPatientId: parent.id,
    });
    await postTestCharge(ctx, parent.id, 4_000);
    await postTestCharge(ctx, child.id, 1_500);
    const childVisit = await visit(child.id, '2026-03-10T14:00:00Z');

    const cancelledOnly = await createTestPatient(ctx, { lastName: 'Cancelled' });
    await postTestCharge(ctx, cancelledOnly.id, 9_000);
    await visit(cancelledOnly.id, '2026-03-10T13:00:00Z', 'cancelled');

    const tomorrowOnly = await createTestPatient(ctx, { lastName: 'Tomorrow' });
    await postTestCharge(ctx, tomorrowOnly.id, 9_000);
    await visit(tomorrowOnly.id, '2026-03-11T13:00:00Z');

    const { balancesDue } = await today();
    const ours = balancesDue.filter((row) =>
      [owing.id, even.id, inCredit.id, parent.id, child.id, cancelledOnly.id, tomorrowOnly.id].includes(
        row.patientId,
      ),
    );
    expect(ours).toEqual([
      {
        patientId: owing.id,
        patientName: 'Olga Owing',
        appointmentId: first.id,
        visitStart: '2026-03-10T12:00:00.000Z',
        visitStatus: 'checked_in',
        balanceCents: 10_000,
        currency: 'BRL',
      },
      {
        patientId: child.id,
        patientName: 'Kid Child',
        appointmentId: childVisit.id,
        visitStart: '2026-03-10T14:00:00.000Z',
        visitStatus: 'scheduled',
        balanceCents: 5_500,
        currency: 'BRL',
      },
    ]);
    expect(ours.map((row) => row.appointmentId)).not.toContain(second.id);
    // By visit time across everyone listed.
    const starts = balancesDue.map((row) => row.visitStart);
    expect(starts).toEqual([...starts].sort());
  });

  it("gives managers and admins today's production and collections, and the desk none", async () => {
    expect((await today(staff)).money).toBeNull();
    const before = await today(manager);
    expect(before.money).not.toBeNull();

    const patient = await createTestPatient(ctx);
    await postTestCharge(ctx, patient.id, 20_000);
    const payment = await createTestPaymentRow(ctx, { patientId: patient.id, amountCents: 15_000 });
    const refund = await app.inject({
      method: 'POST',
      url: `/api/v1/payments/${payment.id}/refund`,
      headers: manager,
      payload: { amountCents: 4_000, reason: 'Overcharged' },
    });
    expect(refund.statusCode, refund.body).toBe(201);

    const after = await today(admin);
    expect(after.money).toEqual({
      productionCents: (before.money?.productionCents ?? 0) + 20_000,
      collectionsCents: (before.money?.collectionsCents ?? 0) + 11_000,
    });
  });

  it("counts only today's ledger rows in today's figures", async () => {
    const before = await today(manager);
    const patient = await createTestPatient(ctx);
    // 00:30 on the 11th in New York: tomorrow's rows, though the UTC date is still the 11th's too.
    setClock('2026-03-11T04:30:00Z');
    await postTestCharge(ctx, patient.id, 7_000);
    await createTestPaymentRow(ctx, { patientId: patient.id, amountCents: 7_000 });
    // Back to this morning, within the access tokens' lifetime.
    setClock('2026-03-10T15:01:00Z');
    expect((await today(manager)).money).toEqual(before.money);
  });

  it('is for the desk, managers and admins only', async () => {
    for (const role of ['provider', 'patient'] as const) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/dashboard/today',
        headers: await authHeader(app, role),
      });
      expect(response.statusCode, role).toBe(403);
    }
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/dashboard/today' });
    expect(anonymous.statusCode).toBe(401);
  });
});
