import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';
import { startSmtpSink } from '../../../../test/smtp-sink.ts';
import { createDevMailbox } from './dev-mailbox.ts';

const sink = await startSmtpSink();
// Registered before createTestApp's own afterAll, so it runs after the apps have closed.
afterAll(() => sink.close());
const withoutSmtp = await createTestApp();
const withSmtp = await createTestApp({ smtpUrl: sink.url });
const admin = await authHeader(withoutSmtp.app, 'admin');
const adminWithSmtp = await authHeader(withSmtp.app, 'admin');

describe('dev mail routes', () => {
  it('list the development mailbox newest first and read one mail', async () => {
    const { app, database } = withoutSmtp;
    const mailbox = createDevMailbox(database.engine.db);
    await mailbox.send({ to: 'first@example.test', subject: 'First', text: 'one' });
    // The embedded database's clock counts milliseconds: two mails in one have no order.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await mailbox.send({ to: 'second@example.test', subject: 'Second', text: 'two', html: '<p>two</p>' });

    const first = await app.inject({ method: 'GET', url: '/api/v1/dev/mail?limit=1', headers: admin });
    expect(first.statusCode).toBe(200);
    const firstPage = first.json();
    expect(firstPage.items).toEqual([
      {
        id: expect.any(String),
        to: 'second@example.test',
        subject: 'Second',
        text: 'two',
        html: '<p>two</p>',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
    ]);
    expect(firstPage.nextCursor).toBe(firstPage.items[0].id);

    const second = await app.inject({
      method: 'GET',
      url: `/api/v1/dev/mail?limit=1&cursor=${firstPage.nextCursor}`,
      headers: admin,
    });
    expect(second.json()).toMatchObject({ items: [{ subject: 'First', html: null }], nextCursor: null });

    const one = await app.inject({
      method: 'GET',
      url: `/api/v1/dev/mail/${firstPage.items[0].id}`,
      headers: admin,
    });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(firstPage.items[0]);
  });

  it('reject a malformed cursor, limit or id with a validation problem', async () => {
    const { app } = withoutSmtp;
    // A value of the wrong type is malformed (400); a string that is not a UUID, or a number
    // out of range, is well-formed but breaks a rule (422), as the error handler separates them.
    const cases = [
      { url: '/api/v1/dev/mail?limit=abc', status: 400, path: 'query.limit' },
      { url: '/api/v1/dev/mail?limit=201', status: 422, path: 'query.limit' },
      { url: '/api/v1/dev/mail?cursor=nope', status: 422, path: 'query.cursor' },
      { url: '/api/v1/dev/mail/nope', status: 422, path: 'params.id' },
    ];
    for (const { url, status, path } of cases) {
      const response = await app.inject({ method: 'GET', url, headers: admin });
      expect(response.statusCode, url).toBe(status);
      expect(response.json(), url).toMatchObject({ code: 'validation_failed', errors: [{ path }] });
    }
  });

  it('answer 404 not_found for an unknown mail', async () => {
    const response = await withoutSmtp.app.inject({
      method: 'GET',
      url: '/api/v1/dev/mail/00000000-0000-4000-8000-000000000000',
      headers: admin,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });

  it('answer 404 not_found problem when SMTP is configured', async () => {
    const { app, database } = withSmtp;
    await createDevMailbox(database.engine.db).send({
      to: 'stale@example.test',
      subject: 'Stale',
      text: 'x',
    });
    for (const url of ['/api/v1/dev/mail', '/api/v1/dev/mail/00000000-0000-4000-8000-000000000000']) {
      const response = await app.inject({ method: 'GET', url, headers: adminWithSmtp });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json(), url).toMatchObject({ status: 404, code: 'not_found' });
      expect(response.body).not.toContain('stale@example.test');
    }
  });

  it('are for admins only', async () => {
    const { app } = withoutSmtp;
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/dev/mail' });
    expect(anonymous.statusCode).toBe(401);
    for (const role of ['manager', 'staff', 'provider', 'patient'] as const) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/dev/mail',
        headers: await authHeader(app, role),
      });
      expect(response.statusCode, role).toBe(403);
      expect(response.body, role).not.toContain('@example.test');
    }
  });

  it('declare the dev_mail.read permission', () => {
    const declared = withoutSmtp.app.declaredRoutes.filter((route) =>
      route.url.startsWith('/api/v1/dev/mail'),
    );
    expect(declared.map((route) => [route.method, route.url, route.access])).toEqual(
      expect.arrayContaining([
        ['GET', '/api/v1/dev/mail', { action: 'dev_mail.read' }],
        ['GET', '/api/v1/dev/mail/:id', { action: 'dev_mail.read' }],
      ]),
    );
  });
});
