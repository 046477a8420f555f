import { describe, expect, it } from 'vitest';
import { logInAs } from '../../../../test/auth.ts';
import { createBillingTestApp } from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestAppointmentType } from '../../../../test/factories/scheduling.ts';
import { createWeekdayProvider } from '../../../../test/factories/scheduling-clinic.ts';

// Monday 2 March 2026, 07:00 in New York; each reading moves on a millisecond.
const { app, ctx } = await createBillingTestApp('2026-03-02T12:00:00Z');
const staff = await logInAs(app, ctx, 'staff');
const manager = await logInAs(app, ctx, 'manager');
const provider = await createWeekdayProvider(ctx);
const cleaning = await createTestAppointmentType(ctx, { name: 'Cleaning', priceCents: 15_000 });
const consult = await createTestAppointmentType(ctx, { name: 'Free consult', priceCents: 0 });

let hour = 9;
async function bookVisit(typeId: string) {
  const patient = await createTestPatient(ctx);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: staff.headers,
    payload: {
      patientId: patient.id,
      providerId: provider.id,
      appointmentTypeId: typeId,
      start: `2026-03-03T${String(hour++).padStart(2, '0')}:00:00-05:00`,
    },
  });
  if (response.statusCode !== 201) throw new Error(`booking refused: ${response.body}`);
  return { patientId: patient.id, appointmentId: response.json().id as string };
}

const moveTo = (appointmentId: string, status: string, headers = staff.headers) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/appointments/${appointmentId}/status`,
    headers,
    payload: { status },
  });

async function ledgerOf(patientId: string) {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/patients/${patientId}/ledger`,
    headers: staff.headers,
  });
  return response.json() as {
    balanceCents: number;
    entries: {
      id: string;
      kind: string;
      amountCents: number;
      description: string;
      reversesEntryId: string | null;
    }[];
  };
}

async function startVisit(appointmentId: string) {
  for (const status of ['checked_in', 'in_progress'])
    expect((await moveTo(appointmentId, status)).statusCode).toBe(200);
}

describe('the fee of a completed visit', () => {
  it('is posted once on completion, reversed visibly when a manager reopens it, and posted again', async () => {
    const { patientId, appointmentId } = await bookVisit(cleaning.id);
    await startVisit(appointmentId);
    expect((await moveTo(appointmentId, 'completed')).statusCode).toBe(200);
    expect((await moveTo(appointmentId, 'completed')).statusCode).toBe(409);
    let ledger = await ledgerOf(patientId);
    expect(ledger.entries).toMatchObject([{ kind: 'charge', amountCents: 15_000, description: 'Cleaning' }]);

    const byStaff = await moveTo(appointmentId, 'in_progress');
    expect(byStaff.statusCode).toBe(403);
    const reopened = await moveTo(appointmentId, 'in_progress', manager.headers);
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json().status).toBe('in_progress');
    ledger = await ledgerOf(patientId);
    expect(ledger.balanceCents).toBe(0);
    expect(ledger.entries[1]).toMatchObject({
      kind: 'charge',
      amountCents: -15_000,
      description: 'Reversal: Cleaning',
      reversesEntryId: ledger.entries[0]?.id,
    });

    expect((await moveTo(appointmentId, 'completed')).statusCode).toBe(200);
    ledger = await ledgerOf(patientId);
    expect(ledger.balanceCents).toBe(15_000);
    expect(ledger.entries.map((entry) => entry.amountCents)).toEqual([15_000, -15_000, 15_000]);
  });

  it('keeps a charge posted by hand on the visit apart from its fee', async () => {
    const { patientId, appointmentId } = await bookVisit(cleaning.id);
    await app.inject({
      method: 'POST',
      url: '/api/v1/charges',
      headers: staff.headers,
      payload: { patientId, appointmentId, amountCents: 2_000, description: 'Fluoride varnish' },
    });
    await startVisit(appointmentId);
    await moveTo(appointmentId, 'completed');
    await moveTo(appointmentId, 'in_progress', manager.headers);
    const ledger = await ledgerOf(patientId);
    expect(ledger.balanceCents).toBe(2_000);
    expect(ledger.entries.find((entry) => entry.amountCents < 0)?.description).toBe('Reversal: Cleaning');
  });

  it('is found by what posted it, not by its wording: a renamed type and a look-alike hand charge', async () => {
    const scaling = await createTestAppointmentType(ctx, { name: 'Scaling', priceCents: 9_000 });
    const { patientId, appointmentId } = await bookVisit(scaling.id);
    await app.inject({
      method: 'POST',
      url: '/api/v1/charges',
      headers: staff.headers,
      payload: { patientId, appointmentId, amountCents: 1_000, description: 'Scaling' },
    });
    await startVisit(appointmentId);
    expect((await moveTo(appointmentId, 'completed')).statusCode).toBe(200);
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/v1/appointment-types/${scaling.id}`,
      headers: manager.headers,
      payload: { name: 'Scaling and polish' },
    });
    expect(renamed.statusCode).toBe(200);
    expect((await moveTo(appointmentId, 'in_progress', manager.headers)).statusCode).toBe(200);
    expect((await moveTo(appointmentId, 'completed')).statusCode).toBe(200);
    const ledger = await ledgerOf(patientId);
    expect(ledger.entries.map((entry) => entry.amountCents)).toEqual([1_000, 9_000, -9_000, 9_000]);
    expect(ledger.balanceCents).toBe(10_000);
  });

  it('posts nothing for a type without a price', async () => {
    const { patientId, appointmentId } = await bookVisit(consult.id);
    await startVisit(appointmentId);
    expect((await moveTo(appointmentId, 'completed')).statusCode).toBe(200);
    expect((await moveTo(appointmentId, 'in_progress', manager.headers)).statusCode).toBe(200);
    expect((await ledgerOf(patientId)).entries).toEqual([]);
  });

  it('cannot complete a visit on a closed day, since that posts its fee', async () => {
    const { patientId, appointmentId } = await bookVisit(cleaning.id);
    await startVisit(appointmentId);
    const close = await app.inject({
      method: 'POST',
      url: '/api/v1/day-closes',
      headers: manager.headers,
      payload: { date: '2026-03-02' },
    });
    expect(close.statusCode).toBe(201);
    const completed = await moveTo(appointmentId, 'completed');
    expect(completed.statusCode).toBe(409);
    expect(completed.json().code).toBe('period_closed');
    expect((await ledgerOf(patientId)).entries).toEqual([]);
  });
});
