import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';
import type { AuditEventPage } from '../../../shared/audit.ts';
import { sampleAuditEvent } from './audit-test-support.ts';

const { app, ctx } = await createTestApp();
const admin = await authHeader(app, 'admin');

function getAuditEvents(query: string, headers: Record<string, string> = admin) {
  return app.inject({ method: 'GET', url: `/api/v1/audit-events${query}`, headers });
}

describe('GET /api/v1/audit-events', () => {
  it('declares that only audit.read may call it', () => {
    const route = app.declaredRoutes.find(
      (declared) => declared.method === 'GET' && declared.url === '/api/v1/audit-events',
    );
    expect(route?.access).toEqual({ action: 'audit.read' });
  });

  it('documents its query parameters in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operation = document.paths['/api/v1/audit-events'].get;
    expect(operation.parameters.map((parameter: { name: string }) => parameter.name).sort()).toEqual(
      ['action', 'actorId', 'cursor', 'from', 'limit', 'patientId', 'to'].sort(),
    );
    expect(Object.keys(operation.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '422']),
    );
  });

  it('answers an admin newest first, page by page', async () => {
    for (let index = 0; index < 5; index++) {
      await ctx.audit.record(ctx.db, sampleAuditEvent({ action: 'route.test', detail: { index } }));
    }
    const first = await getAuditEvents('?action=route.test&limit=3');
    expect(first.statusCode).toBe(200);
    const firstPage: AuditEventPage = first.json();
    expect(firstPage.items).toHaveLength(3);
    expect(firstPage.items[0]).toEqual({
      id: expect.any(String),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      actorId: expect.any(String),
      actorRole: 'staff',
      action: 'route.test',
      entity: 'patient',
      entityId: expect.any(String),
      patientId: expect.any(String),
      ip: '192.0.2.10',
      outcome: 'success',
    });
    const second = await getAuditEvents(`?action=route.test&limit=3&cursor=${firstPage.nextCursor}`);
    const secondPage: AuditEventPage = second.json();
    expect(secondPage.items).toHaveLength(2);
    expect(secondPage.nextCursor).toBeNull();
    const ats = [...firstPage.items, ...secondPage.items].map((item) => item.at);
    expect(ats).toEqual([...ats].sort().reverse());
  });

  it('refuses anonymous callers and every role but admin', async () => {
    expect((await getAuditEvents('', {})).statusCode).toBe(401);
    for (const role of ['manager', 'staff', 'provider', 'patient'] as const) {
      const response = await getAuditEvents('', await authHeader(app, role));
      expect(response.statusCode, role).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden' });
    }
  });

  it('answers bad query values with problem+json naming the field', async () => {
    const cases: [string, number, string][] = [
      ['?limit=500', 422, 'query.limit'],
      ['?limit=ten', 400, 'query.limit'],
      ['?actorId=42', 422, 'query.actorId'],
      ['?cursor=not-ours', 422, 'query.cursor'],
      ['?from=2025-01-02T00:00:00Z&to=2025-01-01T00:00:00Z', 422, 'query.to'],
      ['?sort=asc', 400, 'query.sort'],
    ];
    for (const [query, status, path] of cases) {
      const response = await getAuditEvents(query);
      expect(response.statusCode, query).toBe(status);
      expect(response.headers['content-type'], query).toContain('application/problem+json');
      expect(response.json(), query).toMatchObject({
        code: 'validation_failed',
        errors: expect.arrayContaining([expect.objectContaining({ path })]),
      });
    }
  });
});
