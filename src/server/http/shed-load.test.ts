import { describe, expect, it } from 'vitest';
import { createTestApp, testConfig } from '../../../test/app.ts';

// Any heap in use is over one byte: the app believes itself overloaded from the first sample on.
const { app } = await createTestApp({
  pressure: { ...testConfig().pressure, maxHeapUsedBytes: 1, sampleIntervalMs: 5, retryAfterSeconds: 7 },
});

async function underPressure(): Promise<void> {
  for (let attempt = 0; attempt < 200 && !app.isUnderPressure(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('load shedding', () => {
  it('turns API requests away with a problem and Retry-After while the server is saturated', async () => {
    await underPressure();
    expect(app.isUnderPressure()).toBe(true);
    for (const url of ['/api/v1/clinic', '/api/v1/auth/login', '/api/openapi.json', '/']) {
      const response = await app.inject({ method: url.endsWith('login') ? 'POST' : 'GET', url });
      expect(response.statusCode, url).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['retry-after']).toBe('7');
      expect(response.json()).toMatchObject({ status: 503, code: 'server_busy' });
    }
  });

  it('still answers the health probes', async () => {
    await underPressure();
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  it('is off when every limit is 0', async () => {
    const { app: relaxed } = await createTestApp();
    expect((await relaxed.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect(relaxed.isUnderPressure()).toBe(false);
  });
});
