import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';

const { app } = await createTestApp();

describe('paths Fastify cannot route', () => {
  it('answer a problem, not Fastify’s own JSON quoting the path', async () => {
    const badEncoding = await app.inject({ method: 'GET', url: '/api/v1/pay/%E0%A4%A' });
    expect(badEncoding.statusCode).toBe(400);
    expect(badEncoding.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(badEncoding.json()).toMatchObject({ status: 400, code: 'bad_url' });
    expect(badEncoding.body).not.toContain('%E0');

    const secret = 's'.repeat(5000);
    const tooLong = await app.inject({ method: 'DELETE', url: `/api/v1/holds/${secret}` });
    expect(tooLong.statusCode).toBe(414);
    expect(tooLong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooLong.json()).toMatchObject({ status: 414, code: 'uri_too_long' });
    expect(tooLong.body).not.toContain(secret.slice(0, 100));
  });
});
