import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logInAs } from '../../../../test/auth.ts';
import type { AuditChainVerification } from '../../../shared/audit.ts';
import { sampleAuditEvent, tamperAsOwner } from './audit-test-support.ts';

const { app, ctx, database } = await createTestApp();
const admin = (await logInAs(app, ctx, 'admin')).headers;

async function verification(): Promise<AuditChainVerification> {
  const response = await app.inject({
    method: 'GET',
    url: '/api/v1/audit-events/verification',
    headers: admin,
  });
  expect(response.statusCode).toBe(200);
  return response.json();
}

async function eventCount(): Promise<number> {
  const [row] = await database.engine.rawTransaction((tx) =>
    tx.query<{ count: number }>('SELECT count(*)::integer AS count FROM audit_events'),
  );
  return row?.count ?? 0;
}

describe('GET /api/v1/audit-events/verification', () => {
  it('declares that only audit.read may call it', () => {
    const route = app.declaredRoutes.find(
      (declared) => declared.method === 'GET' && declared.url === '/api/v1/audit-events/verification',
    );
    expect(route?.access).toEqual({ action: 'audit.read' });
  });

  it('answers intact with the number of events checked, and records that it was asked', async () => {
    for (let index = 0; index < 5; index++) {
      await ctx.audit.record(ctx.db, sampleAuditEvent({ detail: { index } }));
    }
    const before = await eventCount();
    expect(await verification()).toEqual({ intact: true, checkedEvents: before });
    // Its own event is now in the trail, and verifies too.
    expect(await verification()).toEqual({ intact: true, checkedEvents: before + 1 });
    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?action=audit.verify',
      headers: admin,
    });
    expect(list.json().items).toHaveLength(2);
  });

  it('finds a tampered event and names it', async () => {
    await tamperAsOwner(database.engine, "UPDATE audit_events SET outcome = 'failure' WHERE seq = 3");
    expect(await verification()).toEqual({ intact: false, checkedEvents: 3, firstBrokenSeq: 3 });
    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?action=audit.verify&limit=1',
      headers: admin,
    });
    expect(list.json().items[0]).toMatchObject({ action: 'audit.verify', outcome: 'success' });
  });
});
