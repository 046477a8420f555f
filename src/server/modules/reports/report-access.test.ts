import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';

const { app } = await createTestApp();
const reports = [
  'summary?from=2026-01-01&to=2026-01-31',
  'production?from=2026-01-01&to=2026-01-31&groupBy=provider',
  'utilization?from=2026-01-01&to=2026-01-31',
  'appointments?from=2026-01-01&to=2026-01-31&groupBy=day',
  'patients?from=2026-01-01&to=2026-01-31',
  'aging?asOf=2026-01-31',
];
const get = (path: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: `/api/v1/reports/${path}`, headers });

describe('who may run reports', () => {
  it('admins and managers, in JSON and CSV', async () => {
    for (const role of ['admin', 'manager'] as const) {
      const headers = await authHeader(app, role);
      for (const path of reports) {
        const json = await get(path, headers);
        expect(json.statusCode, `${role} ${path}: ${json.body}`).toBe(200);
        expect(json.headers['content-type']).toMatch(/^application\/json/);
        const csv = await get(path, { ...headers, accept: 'text/csv' });
        expect(csv.statusCode, `${role} ${path}`).toBe(200);
        expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      }
    }
  });

  it('not staff, providers or patients (403), nor anyone logged out (401)', async () => {
    for (const role of ['staff', 'provider', 'patient'] as const) {
      const headers = await authHeader(app, role);
      for (const path of reports) {
        const response = await get(path, headers);
        expect(response.statusCode, `${role} ${path}`).toBe(403);
        expect(response.json().code).toBe('forbidden');
      }
    }
    for (const path of reports) expect((await get(path)).statusCode, path).toBe(401);
  });

  it('JSON unless CSV is ranked above it', async () => {
    const headers = await authHeader(app, 'manager');
    const typeFor = async (accept: string) =>
      (await get(reports[4] ?? '', { ...headers, accept })).headers['content-type'];
    expect(await typeFor('*/*')).toMatch(/^application\/json/);
    expect(await typeFor('text/csv, application/json')).toMatch(/^application\/json/);
    expect(await typeFor('application/json;q=0.5, text/csv')).toBe('text/csv; charset=utf-8');
    expect(await typeFor('text/html,application/xhtml+xml,*/*;q=0.8')).toMatch(/^application\/json/);
  });
});

describe('report periods', () => {
  it('are refused when malformed (400) or breaking a rule (422), with the field named', async () => {
    const headers = await authHeader(app, 'manager');
    const problemOf = async (path: string) => {
      const response = await get(path, headers);
      return { status: response.statusCode, body: response.json() };
    };
    const missing = await problemOf('production?to=2026-01-31');
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toContainEqual(expect.objectContaining({ path: 'query.from' }));
    expect((await problemOf('appointments?from=2026-01-01&to=2026-01-31&groupBy=week')).status).toBe(400);
    expect((await problemOf('production?from=2026-01-01&to=2026-01-31&extra=1')).status).toBe(400);

    const notADate = await problemOf('summary?from=2026-02-30&to=2026-03-31');
    expect(notADate.status).toBe(422);
    expect(notADate.body.errors).toContainEqual({
      path: 'query.from',
      message: 'Must be a date like 1985-03-02',
    });
    const backwards = await problemOf('summary?from=2026-03-01&to=2026-02-28');
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors).toContainEqual({ path: 'query.to', message: 'Must not be before from' });
    const tooLong = await problemOf('patients?from=2023-01-01&to=2026-01-01');
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors).toContainEqual({
      path: 'query.to',
      message: 'A report covers at most 1096 days (3 years); choose a shorter period',
    });
    expect((await problemOf('patients?from=2023-01-02&to=2026-01-01')).status).toBe(200);
    expect((await problemOf('aging?asOf=31/01/2026')).status).toBe(422);
    expect((await problemOf('aging?limit=0')).status).toBe(422);
  });

  it('never fail at the ends of the calendar', async () => {
    const headers = await authHeader(app, 'manager');
    for (const period of [
      'from=9999-12-31&to=9999-12-31',
      'from=0001-01-01&to=0001-01-31',
      'from=1969-12-31&to=1970-01-01',
    ]) {
      for (const path of reports) {
        const response = await get(
          `${path.split('?')[0]}?${path.startsWith('aging') ? `asOf=${period.slice(5, 15)}` : period}`,
          headers,
        );
        expect(response.statusCode, `${path} ${period}: ${response.body}`).toBeLessThan(500);
      }
    }
  });

  it('covers the same day when from and to are equal', async () => {
    const headers = await authHeader(app, 'manager');
    const response = await get('production?from=2026-01-31&to=2026-01-31&groupBy=day', headers);
    expect(response.json().rows.map((row: { key: string }) => row.key)).toEqual(['2026-01-31']);
  });
});

describe('the OpenAPI document', () => {
  it('describes every report as JSON and as CSV', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of reports) {
      const operation = document.paths[`/api/v1/reports/${path.split('?')[0]}`]?.get;
      expect(Object.keys(operation?.responses?.['200']?.content ?? {}), path).toEqual([
        'application/json',
        'text/csv',
      ]);
      expect(operation.security).toEqual([{ bearerAuth: [] }]);
    }
  });
});
