import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authHeader, logInAs, logInUser } from '../../../../test/auth.ts';
import { createBillingTestApp } from '../../../../test/factories/billing.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { auditEvents } from '../audit/audit-tables.ts';

// Monday 2 March 2026, 10:00 in New York; each reading moves on a millisecond, so rows keep their order.
const { app, ctx, setClock } = await createBillingTestApp('2026-03-02T15:00:00Z');
const staff = await logInAs(app, ctx, 'staff');
const manager = await authHeader(app, 'manager');

function post(
  url: string,
  payload: Record<string, unknown>,
  headers: Record<string, string> = staff.headers,
) {
  return app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload });
}
function get(url: string, headers: Record<string, string> = staff.headers) {
  return app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
}
const charge = (patientId: string, amountCents: number, description = 'Whitening kit') =>
  post('/charges', { patientId, amountCents, description });
const pay = (patientId: string, amountCents: number) =>
  post('/payments', { patientId, amountCents, method: 'cash' });

describe('the ledger', () => {
  it('lists entries oldest first with the running balance and who posted them', async () => {
    const patient = await createTestPatient(ctx);
    const posted = await charge(patient.id, 12_000);
    expect(posted.statusCode).toBe(201);
    expect(posted.json()).toMatchObject({ kind: 'charge', amountCents: 12_000, balanceAfterCents: 12_000 });
    expect((await pay(patient.id, 5_000)).statusCode).toBe(201);
    const discount = await post(
      '/adjustments',
      { patientId: patient.id, amountCents: -1_500, reason: 'Loyalty discount' },
      manager,
    );
    expect(discount.statusCode).toBe(201);
    const ledger = await get(`/patients/${patient.id}/ledger`);
    expect(ledger.statusCode).toBe(200);
    expect(ledger.json()).toMatchObject({
      patientId: patient.id,
      accountId: patient.id,
      balanceCents: 5_500,
    });
    expect(
      ledger
        .json()
        .entries.map((entry: { kind: string; amountCents: number; balanceAfterCents: number }) => [
          entry.kind,
          entry.amountCents,
          entry.balanceAfterCents,
        ]),
    ).toEqual([
      ['charge', 12_000, 12_000],
      ['payment', 5_000, 7_000],
      ['adjustment', -1_500, 5_500],
    ]);
    expect(ledger.json().entries[0]).toMatchObject({
      createdBy: staff.user.id,
      createdByName: staff.user.name,
    });
    expect(ledger.json().entries[2].description).toBe('Loyalty discount');
  });

  it('writes every ledger read and write to the audit trail', async () => {
    const patient = await createTestPatient(ctx);
    await charge(patient.id, 3_000);
    await post('/adjustments', { patientId: patient.id, amountCents: 500, reason: 'Lab fee' }, manager);
    await get(`/patients/${patient.id}/ledger`);
    const events = await ctx.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(eq(auditEvents.patientId, patient.id));
    const actions = events.map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['ledger.charge', 'ledger.adjustment', 'ledger.read']));
    expect(events.find((event) => event.action === 'ledger.read')?.actorId).toBe(staff.user.id);
  });

  it('leaves adjustments to managers and refuses zero, non-integer and unknown amounts', async () => {
    const patient = await createTestPatient(ctx);
    const byStaff = await post('/adjustments', { patientId: patient.id, amountCents: -100, reason: 'x' });
    expect(byStaff.statusCode).toBe(403);
    for (const amountCents of [0, 10.5, '100']) {
      const bad = await post('/adjustments', { patientId: patient.id, amountCents, reason: 'x' }, manager);
      expect([400, 422], String(amountCents)).toContain(bad.statusCode);
    }
    expect([400, 422]).toContain((await charge(patient.id, -5)).statusCode);
    const unknown = await charge('00000000-0000-4000-8000-000000000000', 100);
    expect(unknown.statusCode).toBe(404);
  });

  it("refuses a charge linked to someone else's appointment", async () => {
    const patient = await createTestPatient(ctx);
    const response = await post('/charges', {
      patientId: patient.id,
      amountCents: 100,
      description: 'Extra',
      appointmentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('appointmentId');
  });

  it('says what the billing screens need', async () => {
    const response = await get('/billing/settings');
    expect(response.json()).toEqual({ currency: 'BRL', cardPaymentsAvailable: false });
  });
});

describe('family accounts', () => {
  it("puts a guardian's minor on the guardian's account, visible to the guardian only", async () => {
    const parentUser = await createTestUser(ctx, { role: 'patient' });
    const parent = await logInUser(app, parentUser);
    const parentId = parentUser.patientId ?? '';
    const child = await createTestPatient(ctx, { dateOfBirth: '2016-06-01', guardianPatientId: parentId });
    const stranger = await createTestPatient(ctx);
    await charge(parentId, 8_000);
    await charge(child.id, 6_000);
    await pay(child.id, 1_000);
    const account = await get(`/accounts/${parentId}`, parent.headers);
    expect(account.statusCode).toBe(200);
    expect(account.json()).toMatchObject({ guarantorId: parentId, balanceCents: 13_000, asOf: '2026-03-02' });
    expect(
      account
        .json()
        .members.map((member: { id: string; balanceCents: number }) => [member.id, member.balanceCents])
        .sort(),
    ).toEqual(
      [
        [parentId, 8_000],
        [child.id, 5_000],
      ].sort(),
    );
    expect((await get(`/patients/${child.id}/ledger`, parent.headers)).json().accountId).toBe(parentId);
    expect((await get(`/patients/${stranger.id}/ledger`, parent.headers)).statusCode).toBe(404);
    expect((await get(`/accounts/${stranger.id}`, parent.headers)).statusCode).toBe(404);
    expect((await get(`/accounts/${child.id}`, parent.headers)).statusCode).toBe(404);
    const childAccount = await get(`/accounts/${child.id}`);
    expect(childAccount.statusCode).toBe(404);
  });

  it('lets staff set a guarantor, one level deep, and shows the account on the patient', async () => {
    const payer = await createTestPatient(ctx);
    const spouse = await createTestPatient(ctx);
    const third = await createTestPatient(ctx);
    const patch = (id: string, payload: Record<string, unknown>, headers = staff.headers) =>
      app.inject({ method: 'PATCH', url: `/api/v1/patients/${id}`, headers, payload });
    const set = await patch(spouse.id, { guarantorId: payer.id });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ guarantorId: payer.id, accountId: payer.id });
    expect((await patch(spouse.id, { guarantorId: spouse.id })).statusCode).toBe(422);
    const chained = await patch(third.id, { guarantorId: spouse.id });
    expect(chained.statusCode).toBe(422);
    expect(chained.json().errors[0].path).toBe('guarantorId');
    expect((await patch(payer.id, { guarantorId: third.id })).statusCode).toBe(422);
    expect((await patch(third.id, { guarantorId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(
      422,
    );
    const patientUser = await createTestUser(ctx, { role: 'patient' });
    const self = await logInUser(app, patientUser);
    const byPatient = await patch(patientUser.patientId ?? '', { guarantorId: payer.id }, self.headers);
    expect(byPatient.statusCode).toBe(403);

    await charge(spouse.id, 2_500);
    const account = await get(`/accounts/${payer.id}`);
    expect(
      account
        .json()
        .members.map((member: { id: string }) => member.id)
        .sort(),
    ).toEqual([payer.id, spouse.id].sort());
    expect(account.json().balanceCents).toBe(2_500);
    const cleared = await patch(spouse.id, { guarantorId: null });
    expect(cleared.json()).toMatchObject({ guarantorId: null, accountId: spouse.id });
    expect((await get(`/accounts/${payer.id}`)).json().balanceCents).toBe(0);
  });

  it('ages the account by charge date, credits to the oldest first, as of any past date', async () => {
    const patient = await createTestPatient(ctx);
    setClock('2025-11-03T15:00:00Z');
    await charge(patient.id, 10_000, 'Crown');
    setClock('2026-01-05T15:00:00Z');
    await charge(patient.id, 4_000, 'Filling');
    setClock('2026-02-20T15:00:00Z');
    await pay(patient.id, 12_000);
    setClock('2026-03-02T15:00:00Z');
    await charge(patient.id, 3_000, 'Cleaning');

    const now = await get(`/accounts/${patient.id}`);
    expect(now.json()).toMatchObject({
      balanceCents: 5_000,
      aging: { current: 3_000, days31to60: 2_000, days61to90: 0, over90: 0 },
    });
    const inJanuary = await get(`/accounts/${patient.id}?asOf=2026-01-20`);
    expect(inJanuary.json()).toMatchObject({
      asOf: '2026-01-20',
      balanceCents: 14_000,
      aging: { current: 4_000, days31to60: 0, days61to90: 10_000, over90: 0 },
    });
    expect((await get(`/accounts/${patient.id}?asOf=2026-02-07`)).json().aging.over90).toBe(10_000);
    expect([400, 422]).toContain((await get(`/accounts/${patient.id}?asOf=2026-13-01`)).statusCode);
    const events = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'account.read'), eq(auditEvents.entityId, patient.id)));
    expect(events.length).toBe(3);
  });
});
