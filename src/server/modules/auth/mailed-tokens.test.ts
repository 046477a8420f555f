import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logIn, logInUser } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { mailedToken, recipients } from '../../../../test/mail-links.ts';
import { startSmtpSink } from '../../../../test/smtp-sink.ts';
import { patients } from '../../db/schema.ts';

const sink = await startSmtpSink();
let clock = new Date('2026-03-10T09:00:00Z');
const { app, ctx } = await createTestApp({ smtpUrl: sink.url }, { now: () => clock });
afterAll(() => sink.close());

const strongPassword = 'molar crown bridge 2026';

function post(url: string, payload: object, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers });
}

function registration(email: string, overrides: Record<string, unknown> = {}) {
  return {
    email,
    password: strongPassword,
    firstName: 'Maria',
    lastName: 'Silva',
    dateOfBirth: '1985-03-02',
    ...overrides,
  };
}

describe('patient sign-up and email verification', () => {
  it('creates the account and patient record, mails a link, and allows login only once verified', async () => {
    const email = 'maria.silva@example.test';
    const created = await post('/auth/register', registration(email, { phone: '+55 11 91234-5678' }));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      user: { email, role: 'patient', name: 'Maria Silva' },
      patient: { firstName: 'Maria', lastName: 'Silva', dateOfBirth: '1985-03-02' },
    });

    const early = await logIn(app, email, strongPassword);
    expect(early.statusCode).toBe(403);
    expect(early.json().code).toBe('email_not_verified');

    const token = await mailedToken(sink, email, 'verify-email');
    expect((await post('/auth/verify-email', { token })).statusCode).toBe(204);
    expect((await post('/auth/verify-email', { token })).statusCode).toBe(422);

    const login = await logIn(app, email, strongPassword);
    expect(login.statusCode).toBe(200);
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${login.json().accessToken}` },
    });
    expect(me.json()).toMatchObject({
      role: 'patient',
      emailVerified: true,
      patientId: created.json().patient.id,
    });
  });

  it('answers 409 for a taken email, whatever its case', async () => {
    await post('/auth/register', registration('taken@example.test', { lastName: 'Taken' }));
    const again = await post('/auth/register', registration('TAKEN@example.test'));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict', errors: [{ path: 'email' }] });
  });

  it('trims and lower-cases the email before checking it', async () => {
    const created = await post(
      '/auth/register',
      registration('  Rita.Lopes@Example.TEST ', { firstName: 'Rita', lastName: 'Lopes' }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      user: { email: 'rita.lopes@example.test' },
      patient: { email: 'rita.lopes@example.test' },
    });
  });

  it('refuses a sign-up that looks like a patient on file, and says nothing about that patient', async () => {
    const onFile = await createTestPatient(ctx, {
      firstName: 'Joana',
      lastName: 'Pereira',
      dateOfBirth: '1970-07-07',
      email: 'joana.p@family.test',
      phone: '+5511988887777',
    });
    const lookalikes = [
      registration('someone.else@example.test', {
        firstName: 'JOANA',
        lastName: 'Pereira',
        dateOfBirth: '1970-07-07',
      }),
      registration('Joana.P@Family.test', { firstName: 'Jo', lastName: 'P', dateOfBirth: '1971-01-01' }),
      registration('shared.phone@example.test', {
        firstName: 'Ana',
        lastName: 'Pereira',
        dateOfBirth: '1998-01-01',
        phone: '+55 11 98888-7777',
      }),
    ];
    for (const lookalike of lookalikes) {
      const refused = await post('/auth/register', lookalike);
      expect(refused.statusCode, lookalike.email).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'possible_duplicate' });
      expect(refused.json()).not.toHaveProperty('candidates');
      for (const detail of [onFile.id, 'joana.p@family.test', '98888', '1970-07-07']) {
        expect(refused.body, lookalike.email).not.toContain(detail);
      }
      expect((await logIn(app, lookalike.email.trim().toLowerCase(), strongPassword)).statusCode).toBe(401);
    }
    const pereiras = await ctx.db.select().from(patients).where(eq(patients.lastName, 'Pereira'));
    expect(pereiras.map((patient) => patient.id)).toEqual([onFile.id]);
  });

  it('refuses short, common and personal passwords with 422 and advice', async () => {
    for (const password of ['short1', 'password123', 'qwertyuiop', 'mariasilva1985']) {
      const response = await post(
        '/auth/register',
        registration(`weak-${password}@example.test`, { password }),
      );
      expect([400, 422], password).toContain(response.statusCode);
      expect(response.json().errors[0].path, password).toBe('password');
    }
    const common = await post(
      '/auth/register',
      registration('common@example.test', { password: 'password123' }),
    );
    expect(common.statusCode).toBe(422);
    expect(common.json().code).toBe('weak_password');
  });

  it('reports each invalid field by path', async () => {
    const response = await post('/auth/register', {
      email: 'not-an-email',
      password: strongPassword,
      firstName: '',
      lastName: 'Silva',
      dateOfBirth: '02/03/1985',
    });
    expect([400, 422]).toContain(response.statusCode);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'firstName', 'dateOfBirth']));
  });

  it('refuses a date of birth in the future with 422', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const response = await post(
      '/auth/register',
      registration('from.the.future@example.test', { dateOfBirth: future }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'dateOfBirth' })]);
  });

  it('resends verification without revealing whether the address has an account', async () => {
    expect((await post('/auth/verify-email/resend', { email: 'nobody@example.test' })).statusCode).toBe(202);
  });
});

describe('password reset', () => {
  it('mails a single-use link that sets the password and ends every session', async () => {
    const user = await createTestUser(ctx, { email: 'reset.me@clinic.test' });
    const before = await logInUser(app, user);
    expect((await post('/auth/password-reset/request', { email: user.email })).statusCode).toBe(202);
    const token = await mailedToken(sink, user.email, 'reset-password');

    const newPassword = 'enamel floss orbit 77';
    expect((await post('/auth/password-reset/confirm', { token, password: newPassword })).statusCode).toBe(
      204,
    );
    const reused = await post('/auth/password-reset/confirm', {
      token,
      password: 'another strong phrase 88',
    });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('invalid_token');

    const oldAccess = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: before.headers });
    expect(oldAccess.statusCode).toBe(401);
    const oldRefresh = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: before.refreshCookie },
    });
    expect(oldRefresh.statusCode).toBe(401);
    expect((await logIn(app, user.email, user.password)).statusCode).toBe(401);
    expect((await logIn(app, user.email, newPassword)).statusCode).toBe(200);
  });

  it('answers 202 for an unknown email and sends nothing', async () => {
    const before = sink.messages.length;
    expect((await post('/auth/password-reset/request', { email: 'ghost@clinic.test' })).statusCode).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      sink.messages.slice(before).filter((mail) => recipients(mail).includes('ghost@clinic.test')),
    ).toEqual([]);
  });

  it('refuses an expired link and a weak new password, leaving the token usable after the weak one', async () => {
    const user = await createTestUser(ctx, { email: 'late@clinic.test' });
    await post('/auth/password-reset/request', { email: user.email });
    const token = await mailedToken(sink, user.email, 'reset-password');
    const weak = await post('/auth/password-reset/confirm', { token, password: 'password1234' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().code).toBe('weak_password');

    const saved = clock;
    clock = new Date(clock.getTime() + 31 * 60_000);
    try {
      const expired = await post('/auth/password-reset/confirm', {
        token,
        password: 'a fine new passphrase 5',
      });
      expect(expired.statusCode).toBe(422);
    } finally {
      clock = saved;
    }
  });

  it('limits reset requests per account and address', async () => {
    let status = 0;
    for (let i = 0; i < 6; i++) {
      status = (
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/password-reset/request',
          payload: { email: 'flood@clinic.test' },
          remoteAddress: '10.5.5.5',
        })
      ).statusCode;
    }
    expect(status).toBe(429);
  });
});
