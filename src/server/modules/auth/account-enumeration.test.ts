import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import type { Mailer, MailMessage } from '../mail/mailer.ts';

// A mail server that takes its time: nothing leaves until the test lets it.
const sent: MailMessage[] = [];
let letMailGo = () => {};
const mailGoes = new Promise<void>((resolve) => {
  letMailGo = resolve;
});
const slowMailer: Mailer = {
  send: async (message) => {
    await mailGoes;
    sent.push(message);
  },
  close: async () => {},
};

const { app, ctx } = await createTestApp({}, { mailer: slowMailer });
// Runs before the app closes, which waits for the mail still held.
afterAll(() => letMailGo());

function post(url: string, email: string) {
  return app.inject({ method: 'POST', url: `/api/v1${url}`, payload: { email }, remoteAddress: '10.12.0.1' });
}

function comparable(response: Awaited<ReturnType<typeof post>>) {
  // What differs between any two requests: their id, the clock and the global rate count.
  const {
    'x-request-id': _id,
    date: _date,
    'x-ratelimit-remaining': _remaining,
    'x-ratelimit-reset': _reset,
    ...headers
  } = response.headers;
  return { status: response.statusCode, body: response.body, headers };
}

describe('requests that must not tell whether an account exists', () => {
  it('answer a real and an unknown address alike, before any mail for the real one goes out', async () => {
    const staff = await createTestUser(ctx);
    const patient = await createTestUser(ctx, { role: 'patient', verified: false });
    const cases = [
      ['/auth/password-reset/request', staff.email],
      ['/auth/verify-email/resend', patient.email],
    ] as const;
    for (const [url, known] of cases) {
      const real = await post(url, known);
      const unknown = await post(url, `nobody-${url.length}@clinic.test`);
      expect(real.statusCode).toBe(202);
      expect(comparable(real)).toEqual(comparable(unknown));
    }
    // Both answers left while the mail server was still holding the real accounts' mail.
    expect(sent).toEqual([]);
    letMailGo();
    while (sent.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent.map((mail) => mail.to).sort()).toEqual([staff.email, patient.email].sort());
  });
});
