import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logInAs, logInUser } from '../../../../test/auth.ts';
import { createTestPaymentRow, postTestCharge } from '../../../../test/factories/billing.ts';
import { clinicSettingsInput } from '../../../../test/factories/clinic.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { pdfText } from '../../../../test/pdf-text.ts';
import { patients } from '../../db/schema.ts';
import { auditEvents } from '../audit/audit-tables.ts';

// Friday 6 March 2026, 10:00 in New York. Logins are made now; only factories run at other times.
const today = new Date('2026-03-06T15:00:00Z');
let clock = today;
const { app, ctx } = await createTestApp({}, { now: () => clock });
const admin = await logInAs(app, ctx, 'admin');
const staff = await logInAs(app, ctx, 'staff');
const manager = await logInAs(app, ctx, 'manager');
await app.inject({
  method: 'PUT',
  url: '/api/v1/clinic',
  headers: admin.headers,
  payload: clinicSettingsInput({
    name: 'Bright Smiles Dental',
    timeZone: 'America/New_York',
    currency: 'USD',
    locale: 'en-US',
    country: 'US',
    phone: '+1 212 555 0100',
    address: '100 Main Street, New York',
  }),
});

/** A patient who can log in, with their patient record's fields set as given. */
async function patientLogin(fields: Partial<typeof patients.$inferInsert> = {}) {
  const user = await createTestUser(ctx, { role: 'patient' });
  const patientId = user.patientId ?? '';
  if (Object.keys(fields).length > 0)
    await ctx.db.update(patients).set(fields).where(eq(patients.id, patientId));
  const [row] = await ctx.db.select().from(patients).where(eq(patients.id, patientId));
  if (!row) throw new Error('no patient record for the patient user');
  return { patient: row, login: await logInUser(app, user) };
}

function get(url: string, headers: Record<string, string> = staff.headers) {
  return app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
}

async function cashPayment(patientId: string, amountCents: number, reference?: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    headers: staff.headers,
    payload: { patientId, amountCents, method: 'cash', ...(reference ? { reference } : {}) },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; receiptNumber: number };
}

/** Runs factories on a past clinic-local day (10:00 New York time). */
async function on<T>(date: string, work: () => Promise<T>): Promise<T> {
  clock = new Date(`${date}T15:00:00Z`);
  try {
    return await work();
  } finally {
    clock = today;
  }
}

describe('GET /payments/{id}/receipt.pdf', () => {
  it('is a PDF with the amount, receipt number, patient, method and date, served inline and not cached', async () => {
    const patient = await createTestPatient(ctx, { firstName: 'Maria', lastName: 'Silvaneta' });
    const payment = await cashPayment(patient.id, 12_345);
    const response = await get(`/payments/${payment.id}/receipt.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `inline; filename="receipt-${payment.receiptNumber}.pdf"`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const text = await pdfText(response.rawPayload);
    expect(text).toContain('Bright Smiles Dental');
    expect(text).toContain(`Receipt no.: ${payment.receiptNumber}`);
    expect(text).toContain('$123.45');
    expect(text).toContain('Maria Silvaneta');
    expect(text).toContain('Method: Cash');
    expect(text).toContain('Paid on: March 6, 2026 at 10:00 AM');
    const [audit] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'payments.receipt'), eq(auditEvents.entityId, payment.id)));
    expect(audit).toMatchObject({ patientId: patient.id, outcome: 'success', actorId: staff.user.id });
  });

  it('is in Portuguese for a patient who reads Portuguese, and the patient may fetch their own', async () => {
    const { patient, login } = await patientLogin({
      firstName: 'João',
      lastName: "d'Ávila",
      language: 'pt-BR',
    });
    const payment = await cashPayment(patient.id, 5_000, 'Caixa 3');
    const response = await get(`/payments/${payment.id}/receipt.pdf`, login.headers);
    expect(response.statusCode).toBe(200);
    const text = await pdfText(response.rawPayload);
    for (const expected of [
      'Recibo',
      `Recibo nº: ${payment.receiptNumber}`,
      "Paciente: João d'Ávila",
      'Forma de pagamento: Dinheiro',
      'Referência: Caixa 3',
      'Pago em: 6 de março de 2026 às 10:00',
      'Valor',
      'US$ 50,00',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('lists the refunds made from the payment', async () => {
    const patient = await createTestPatient(ctx);
    const payment = await cashPayment(patient.id, 10_000);
    const refund = await app.inject({
      method: 'POST',
      url: `/api/v1/payments/${payment.id}/refund`,
      headers: manager.headers,
      payload: { amountCents: 2_500, reason: 'Overcharged for X-ray' },
    });
    expect(refund.statusCode).toBe(201);
    const text = await pdfText((await get(`/payments/${payment.id}/receipt.pdf`)).rawPayload);
    expect(text).toContain('Refunds');
    expect(text).toContain('Overcharged for X-ray');
    expect(text).toContain('-$25.00');
    expect(text).toContain('Net paid $75.00');
  });

  it("is 404 for another patient's payment, as for an unknown one", async () => {
    const { login } = await patientLogin();
    const stranger = await createTestPatient(ctx);
    const payment = await cashPayment(stranger.id, 1_000);
    const response = await get(`/payments/${payment.id}/receipt.pdf`, login.headers);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((await get('/payments/00000000-0000-4000-8000-000000000000/receipt.pdf')).statusCode).toBe(404);
    expect((await get('/payments/not-a-uuid/receipt.pdf')).json().code).toBe('validation_failed');
  });

  it('does not exist for a payment that has not gone through', async () => {
    const patient = await createTestPatient(ctx);
    const pending = await createTestPaymentRow(ctx, {
      patientId: patient.id,
      method: 'stripe',
      status: 'pending',
    });
    const response = await get(`/payments/${pending.id}/receipt.pdf`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'no_receipt', status: 409, paymentStatus: 'pending' });
  });

  it('needs a login', async () => {
    const patient = await createTestPatient(ctx);
    const payment = await cashPayment(patient.id, 1_000);
    const response = await app.inject({ method: 'GET', url: `/api/v1/payments/${payment.id}/receipt.pdf` });
    expect(response.statusCode).toBe(401);
  });
});

describe('GET /statements/{guarantorId}.pdf', () => {
  /** A guarantor with a dependant: a settled first cycle, then two charges 45 and 10 days old, part paid. */
  async function accountWithHistory(fields: Partial<typeof patients.$inferInsert> = {}) {
    const holder = await patientLogin({ firstName: 'Ana', lastName: 'Guarantor', ...fields });
    const child = await createTestPatient(ctx, {
      firstName: 'Leo',
      lastName: 'Dependant',
      dateOfBirth: '2015-04-01',
      guarantorPatientId: holder.patient.id,
    });
    await on('2026-01-05', () => postTestCharge(ctx, holder.patient.id, 10_000, 'Old cleaning'));
    await on('2026-01-06', () =>
      createTestPaymentRow(ctx, { patientId: holder.patient.id, amountCents: 10_000 }),
    );
    await on('2026-01-20', () => postTestCharge(ctx, child.id, 8_000, 'Sealants'));
    await on('2026-02-24', () => postTestCharge(ctx, holder.patient.id, 3_000, 'Fluoride varnish'));
    await on('2026-02-25', () => createTestPaymentRow(ctx, { patientId: child.id, amountCents: 2_000 }));
    return { ...holder, child };
  }

  it('shows the entries since the balance was zero, the aging, the balance and how to pay', async () => {
    const { patient, child } = await accountWithHistory();
    const response = await get(`/statements/${patient.id}.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('inline; filename="statement-2026-03-06.pdf"');
    expect(response.headers['cache-control']).toBe('no-store');
    const text = await pdfText(response.rawPayload);
    expect(text).toContain('Account statement');
    expect(text).toContain('Account holder: Ana Guarantor');
    expect(text).toContain('Statement date: Mar 6, 2026');
    expect(text).not.toContain('Old cleaning');
    expect(text).toMatch(/01\/20\/2026 Leo Dependant Charge: Sealants \$80\.00 \$80\.00/);
    expect(text).toMatch(/02\/24\/2026 Ana Guarantor Charge: Fluoride varnish \$30\.00 \$110\.00/);
    expect(text).toMatch(/02\/25\/2026 Leo Dependant Payment: Test payment -\$20\.00 \$90\.00/);
    // The payment goes to the oldest charge first: $60 of the sealants is 31–60 days old.
    expect(text).toContain('0–30 days 31–60 days 61–90 days Over 90 days $30.00 $60.00 $0.00 $0.00');
    expect(text).toContain('Balance due $90.00');
    expect(text).toContain('How to pay');
    expect(text).toContain('Our address: 100 Main Street, New York.');
    expect(text).toContain('Questions? Call us on +1 212 555 0100.');
    // No card payments without Stripe keys.
    expect(text).not.toContain('By card online');
    const [audit] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'accounts.statement'), eq(auditEvents.entityId, patient.id)));
    expect(audit).toMatchObject({ patientId: patient.id, outcome: 'success' });
    expect(audit?.detail).toMatchObject({ asOf: '2026-03-06', entries: 3 });
    expect((await get(`/statements/${child.id}.pdf`)).statusCode).toBe(404);
  });

  it('is in the guarantor’s language and theirs to fetch; members and strangers get 404', async () => {
    const { patient, login, child } = await accountWithHistory({ language: 'pt-BR' });
    const own = await get(`/statements/${patient.id}.pdf`, login.headers);
    expect(own.statusCode).toBe(200);
    const text = await pdfText(own.rawPayload);
    for (const expected of [
      'Extrato de conta',
      'Responsável financeiro',
      'Saldo devedor US$ 90,00',
      'Como pagar',
    ]) {
      expect(text).toContain(expected);
    }
    const member = await patientLogin({ guarantorPatientId: patient.id });
    expect((await get(`/statements/${patient.id}.pdf`, member.login.headers)).statusCode).toBe(404);
    const stranger = await patientLogin();
    expect((await get(`/statements/${patient.id}.pdf`, stranger.login.headers)).statusCode).toBe(404);
    expect((await get(`/statements/${child.id}.pdf`, login.headers)).statusCode).toBe(404);
    expect((await get(`/statements/${stranger.patient.id}.pdf`, stranger.login.headers)).statusCode).toBe(
      200,
    );
  });

  it('needs a login and a patient id', async () => {
    const patient = await createTestPatient(ctx);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/statements/${patient.id}.pdf` })).statusCode,
    ).toBe(401);
    expect((await get('/statements/nobody.pdf')).json().code).toBe('validation_failed');
    expect((await get('/statements/00000000-0000-4000-8000-000000000000.pdf')).statusCode).toBe(404);
  });
});
