import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader, logInAs } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import type { AuditEventPage } from '../../../shared/audit.ts';
import { auditEvents } from './audit-tables.ts';
import { sampleAuditEvent } from './audit-test-support.ts';

const { app, ctx } = await createTestApp();
const adminLogin = await logInAs(app, ctx, 'admin');
const admin = adminLogin.headers;

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
      // The sample's ids name nobody on file.
      actorName: null,
      actorRole: 'staff',
      action: 'route.test',
      entity: 'patient',
      entityId: expect.any(String),
      patientId: expect.any(String),
      patientName: null,
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

  it('names the actor and the patient, as they are named now', async () => {
    const reader = await createTestUser(ctx, { role: 'staff', name: 'Renata Recepção' });
    const patient = await createTestPatient(ctx, { firstName: 'Joaquim', lastName: 'Nabuco' });
    await ctx.audit.record(
      ctx.db,
      sampleAuditEvent({
        action: 'names.test',
        actorId: reader.id,
        patientId: patient.id,
        entityId: patient.id,
      }),
    );
    await ctx.audit.record(
      ctx.db,
      sampleAuditEvent({ action: 'names.test', actorId: null, actorRole: null }),
    );

    const page: AuditEventPage = (await getAuditEvents('?action=names.test')).json();
    expect(page.items.map(({ actorName, patientName }) => ({ actorName, patientName }))).toEqual([
      { actorName: null, patientName: null },
      { actorName: 'Renata Recepção', patientName: 'Joaquim Nabuco' },
    ]);
    const byPatient: AuditEventPage = (await getAuditEvents(`?patientId=${patient.id}`)).json();
    expect(byPatient.items).toEqual([
      expect.objectContaining({ action: 'names.test', actorId: reader.id, patientName: 'Joaquim Nabuco' }),
    ]);
  });

  it('records each read of the trail with the filters used, after the read', async () => {
    const patient = await createTestPatient(ctx);
    const response = await getAuditEvents(`?patientId=${patient.id}&action=patients.read`);
    // The read does not see itself.
    expect(response.json().items).toEqual([]);
    const [recorded] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'audit.list'), eq(auditEvents.patientId, patient.id)))
      .orderBy(desc(auditEvents.seq));
    expect(recorded).toMatchObject({
      actorId: adminLogin.user.id,
      actorRole: 'admin',
      entity: 'audit_event',
      outcome: 'success',
      detail: { filters: { patientId: patient.id, action: 'patients.read' }, nextPage: false, count: 0 },
    });
    // The next read shows it, with the admin's name.
    const again: AuditEventPage = (await getAuditEvents(`?patientId=${patient.id}&action=audit.list`)).json();
    expect(again.items[0]).toMatchObject({ action: 'audit.list', actorName: adminLogin.user.name });
  });

  it('refuses anonymous callers and every role but admin, for the list, the CSV and the verification', async () => {
    const requests = [
      { url: '/api/v1/audit-events', accept: 'application/json' },
      { url: '/api/v1/audit-events', accept: 'text/csv' },
      { url: '/api/v1/audit-events/verification', accept: 'application/json' },
    ];
    for (const { url, accept } of requests) {
      const anonymous = await app.inject({ method: 'GET', url, headers: { accept } });
      expect(anonymous.statusCode, `${url} ${accept}`).toBe(401);
      for (const role of ['manager', 'staff', 'provider', 'patient'] as const) {
        const response = await app.inject({
          method: 'GET',
          url,
          headers: { ...(await authHeader(app, role)), accept },
        });
        expect(response.statusCode, `${role} ${url} ${accept}`).toBe(403);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ code: 'forbidden' });
      }
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
