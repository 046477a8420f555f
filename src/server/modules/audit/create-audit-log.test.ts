import { asc, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/database.ts';
import { auditEvents } from './audit-tables.ts';
import { sampleAuditEvent, testAuditKey } from './audit-test-support.ts';
import { createAuditLog } from './create-audit-log.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

const database = await createTestDatabase();
const { engine } = database;
const { db } = engine;
const audit = createAuditLog(testAuditKey);
afterAll(() => database.drop());

async function allEvents() {
  return db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
}

describe('recording audit events', () => {
  it('stores the event as given, with ms-precision time and a chained MAC', async () => {
    const before = Date.now();
    const event = sampleAuditEvent({
      entityId: null,
      patientId: null,
      detail: { z: 1, a: { y: [1, 'two', null], b: new Date('2024-03-10T12:00:00.123Z') }, gone: undefined },
    });
    await audit.record(db, event);
    const [row] = await allEvents();
    expect(row).toMatchObject({
      seq: 1,
      actorId: event.actorId,
      actorRole: 'staff',
      action: 'patients.read',
      entity: 'patient',
      entityId: null,
      patientId: null,
      ip: '192.0.2.10',
      userAgent: 'Vitest',
      outcome: 'success',
      detail: { z: 1, a: { y: [1, 'two', null], b: '2024-03-10T12:00:00.123Z' } },
      prevMac: 'topsmile-audit-genesis',
    });
    expect(row?.mac).toMatch(/^[0-9a-f]{64}$/);
    // Database and test share the host clock; allow a little skew for a remote server.
    expect(row?.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row?.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    const [{ micros } = { micros: -1 }] = await db
      .select({
        micros: sql<number>`(extract(microseconds from ${auditEvents.at})::int % 1000)`.mapWith(Number),
      })
      .from(auditEvents);
    expect(micros).toBe(0);
    await expect(verifyAuditChain(db, testAuditKey)).resolves.toEqual({ ok: true, rows: 1 });
  });

  it('verifies after many records, read page by page', async () => {
    for (let index = 0; index < 250; index++) {
      await audit.record(
        db,
        sampleAuditEvent({
          action: index % 2 === 0 ? 'auth.login' : 'patients.update',
          outcome: index % 7 === 0 ? 'denied' : 'success',
          actorRole: index % 5 === 0 ? null : 'admin',
          ip: index % 3 === 0 ? null : `2001:db8::${index}`,
          userAgent: index % 4 === 0 ? null : 'Mozilla/5.0 "quoted" \\ ünïcödé 🦷',
          detail:
            index % 6 === 0 ? undefined : { index, nested: { list: [index, { k: 'v' }] }, float: index / 7 },
        }),
      );
    }
    await expect(verifyAuditChain(db, testAuditKey, { pageSize: 7 })).resolves.toEqual({
      ok: true,
      rows: 251,
    });
    await expect(verifyAuditChain(db, testAuditKey)).resolves.toEqual({ ok: true, rows: 251 });
  });

  it('reports every event as broken under another key', async () => {
    await expect(verifyAuditChain(db, `${testAuditKey}-other`)).resolves.toMatchObject({
      ok: false,
      firstBrokenSeq: 1,
      reason: expect.stringContaining('audit key'),
    });
  });

  it('chains 30 concurrent writers strictly in order', async () => {
    const [{ count: before } = { count: 0 }] = await db
      .select({ count: sql<number>`count(*)`.mapWith(Number) })
      .from(auditEvents);
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        audit.record(db, sampleAuditEvent({ action: 'concurrent.write', detail: { index } })),
      ),
    );
    const rows = await allEvents();
    expect(rows).toHaveLength(before + 30);
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1));
    // The clock is read under the lock, so time never runs backwards along the chain.
    for (let index = 1; index < rows.length; index++) {
      expect(rows[index]?.at.getTime()).toBeGreaterThanOrEqual(rows[index - 1]?.at.getTime() ?? 0);
    }
    await expect(verifyAuditChain(db, testAuditKey)).resolves.toEqual({ ok: true, rows: before + 30 });
  });

  it('records inside the caller’s transaction, and a rollback leaves no hole in the chain', async () => {
    const rows = (await allEvents()).length;
    await expect(
      db.transaction(async (tx) => {
        await audit.record(tx, sampleAuditEvent({ action: 'rolled.back' }));
        throw new Error('the audited change failed');
      }),
    ).rejects.toThrow('the audited change failed');
    await db.transaction(async (tx) => {
      await audit.record(tx, sampleAuditEvent({ action: 'committed.one' }));
      await audit.record(tx, sampleAuditEvent({ action: 'committed.two' }));
    });
    const after = await allEvents();
    expect(after.map((row) => row.action).slice(rows)).toEqual(['committed.one', 'committed.two']);
    await expect(verifyAuditChain(db, testAuditKey)).resolves.toEqual({ ok: true, rows: rows + 2 });
  });
});

describe('the append-only guard', () => {
  const refused = { code: '42501', message: expect.stringContaining('append-only') };
  const exec = (sqlText: string) => engine.rawTransaction((tx) => tx.exec(sqlText));

  it('refuses UPDATE, DELETE and TRUNCATE of audit events', async () => {
    await expect(exec("UPDATE audit_events SET outcome = 'failure' WHERE seq = 1")).rejects.toMatchObject(
      refused,
    );
    await expect(exec('DELETE FROM audit_events WHERE seq = 1')).rejects.toMatchObject(refused);
    await expect(exec('DELETE FROM audit_events')).rejects.toMatchObject(refused);
    await expect(exec('TRUNCATE audit_events')).rejects.toMatchObject(refused);
    await expect(verifyAuditChain(db, testAuditKey)).resolves.toMatchObject({ ok: true });
  });

  it('refuses deleting the chain head or moving it other than by inserting an event', async () => {
    await expect(exec('DELETE FROM audit_chain_head')).rejects.toMatchObject(refused);
    await expect(exec('TRUNCATE audit_chain_head')).rejects.toMatchObject(refused);
    for (const move of ['last_seq - 1', 'last_seq + 1']) {
      await expect(exec(`UPDATE audit_chain_head SET last_seq = ${move}`), move).rejects.toMatchObject({
        code: '42501',
        message: expect.stringContaining('moves only by inserting'),
      });
    }
    await expect(
      exec("INSERT INTO audit_chain_head (id, last_seq, last_mac) VALUES (2, 0, 'x')"),
    ).rejects.toThrow();
    await expect(verifyAuditChain(db, testAuditKey)).resolves.toMatchObject({ ok: true });
  });

  it('refuses an inserted event that does not extend the chain where it ends', async () => {
    const insert = (seq: string, prevMac: string) =>
      exec(`INSERT INTO audit_events (seq, action, entity, outcome, prev_mac, mac)
            SELECT ${seq}, 'auth.login', 'user', 'success', ${prevMac}, 'forged' FROM audit_chain_head`);
    const notExtending = { code: '23000', message: expect.stringContaining('does not extend the chain') };
    await expect(insert('last_seq + 2', 'last_mac')).rejects.toMatchObject(notExtending);
    await expect(insert('last_seq', 'last_mac')).rejects.toMatchObject(notExtending);
    await expect(insert('last_seq + 1', "'0123'")).rejects.toMatchObject(notExtending);
    await expect(verifyAuditChain(db, testAuditKey)).resolves.toMatchObject({ ok: true });
  });
});
