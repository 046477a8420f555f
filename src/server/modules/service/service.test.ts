import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';

describe('service endpoints', () => {
  it('is live and ready while the database answers, and 503 once it is closed', async () => {
    const { app, database } = await createTestApp();
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);

    await database.engine.close();
    const notReady = await app.inject({ method: 'GET', url: '/readyz' });
    expect(notReady.statusCode).toBe(503);
    expect(notReady.json()).toMatchObject({ code: 'database_unavailable', status: 503 });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const { app } = await createTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const put = document.paths['/api/v1/clinic'].put;
    expect(put.requestBody.content['application/json'].schema.properties.timeZone).toBeDefined();
    expect(Object.keys(put.responses)).toEqual(expect.arrayContaining(['200', '400', '422']));
  });

  it('serves a browsable API reference', async () => {
    const { app } = await createTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
