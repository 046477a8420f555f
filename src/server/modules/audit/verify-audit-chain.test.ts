import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { auditMac } from './audit-mac.ts';
import { sampleAuditEvent, tamperAsOwner, testAuditKey } from './audit-test-support.ts';
import { createAuditLog } from './create-audit-log.ts';
import { describeAuditVerification, verifyAuditChain } from './verify-audit-chain.ts';

const audit = createAuditLog(testAuditKey);
const eventCount = 12;

let database: TestDatabase;

const verify = () => verifyAuditChain(database.engine.db, testAuditKey, { pageSize: 5 });

async function macOf(seq: number): Promise<string> {
  const [row] = await database.engine.rawTransaction((tx) =>
    tx.query<{ mac: string }>('SELECT mac FROM audit_events WHERE seq = $1', [seq]),
  );
  if (!row) throw new Error(`no event #${seq}`);
  return row.mac;
}

describe('verifying the audit chain', () => {
  // Each case tampers for good, so each gets a database of its own.
  beforeEach(async () => {
    database = await createTestDatabase();
    for (let index = 0; index < eventCount; index++) {
      await audit.record(database.engine.db, sampleAuditEvent({ detail: { index } }));
    }
  });
  afterEach(() => database.drop());

  it('accepts an untouched chain', async () => {
    await expect(verify()).resolves.toEqual({ ok: true, rows: eventCount });
  });

  it('finds an edited event', async () => {
    await tamperAsOwner(database.engine, "UPDATE audit_events SET outcome = 'failure' WHERE seq = 7");
    await expect(verify()).resolves.toEqual({
      ok: false,
      rows: 7,
      firstBrokenSeq: 7,
      reason: 'its content does not match its MAC (edited or forged)',
    });
  });

  it('finds an edit to the detail or to the time, even below the millisecond', async () => {
    await tamperAsOwner(
      database.engine,
      `UPDATE audit_events SET detail = '{"index": 99}' WHERE seq = 3;
       UPDATE audit_events SET at = at + interval '1 microsecond' WHERE seq = 2`,
    );
    await expect(verify()).resolves.toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it('finds an event deleted from the middle', async () => {
    await tamperAsOwner(database.engine, 'DELETE FROM audit_events WHERE seq = 6');
    await expect(verify()).resolves.toMatchObject({
      ok: false,
      firstBrokenSeq: 6,
      reason: 'event #6 is missing (the next one present is #7)',
    });
  });

  it('finds a deletion hidden by renumbering the events after it', async () => {
    await tamperAsOwner(
      database.engine,
      `DELETE FROM audit_events WHERE seq = 6;
       UPDATE audit_events SET seq = seq - 1 WHERE seq > 6;
       UPDATE audit_chain_head SET last_seq = last_seq - 1`,
    );
    await expect(verify()).resolves.toMatchObject({
      ok: false,
      firstBrokenSeq: 6,
      reason: expect.stringContaining('does not chain to the event before it'),
    });
  });

  it('finds an event slipped in before the first', async () => {
    await tamperAsOwner(
      database.engine,
      `ALTER TABLE audit_events DROP CONSTRAINT audit_events_seq_check;
       INSERT INTO audit_events (seq, action, entity, outcome, prev_mac, mac)
         VALUES (0, 'auth.login', 'user', 'success', 'none', 'forged')`,
    );
    await expect(verify()).resolves.toMatchObject({
      ok: false,
      firstBrokenSeq: 0,
      reason: 'an event numbered #0 does not belong in the chain',
    });
  });

  it('finds the last event deleted', async () => {
    await tamperAsOwner(database.engine, `DELETE FROM audit_events WHERE seq = ${eventCount}`);
    await expect(verify()).resolves.toMatchObject({
      ok: false,
      rows: eventCount - 1,
      firstBrokenSeq: eventCount,
      reason: expect.stringContaining('events removed from the end'),
    });
  });

  it('finds the whole trail deleted', async () => {
    await tamperAsOwner(database.engine, 'TRUNCATE audit_events');
    await expect(verify()).resolves.toMatchObject({ ok: false, rows: 0, firstBrokenSeq: 1 });
  });

  it('finds a forged event appended with the head moved to it', async () => {
    const seq = eventCount + 1;
    const prevMac = await macOf(eventCount);
    const forged = {
      seq,
      id: randomUUID(),
      at: new Date(),
      actorId: null,
      actorRole: 'admin',
      action: 'users.update',
      entity: 'user',
      entityId: null,
      patientId: null,
      ip: null,
      userAgent: null,
      outcome: 'success' as const,
      detail: null,
    };
    // The forger knows the format but not the key.
    const mac = auditMac('a guessed key', forged, prevMac);
    await tamperAsOwner(
      database.engine,
      `INSERT INTO audit_events (seq, id, at, actor_role, action, entity, outcome, prev_mac, mac)
         VALUES (${seq}, '${forged.id}', '${forged.at.toISOString()}', 'admin', 'users.update', 'user',
                 'success', '${prevMac}', '${mac}');
       UPDATE audit_chain_head SET last_seq = ${seq}, last_mac = '${mac}'`,
    );
    await expect(verify()).resolves.toMatchObject({
      ok: false,
      rows: seq,
      firstBrokenSeq: seq,
      reason: 'its content does not match its MAC (edited or forged)',
    });
  });

  it('finds an event appended without moving the head', async () => {
    const seq = eventCount + 1;
    await tamperAsOwner(
      database.engine,
      `INSERT INTO audit_events (seq, action, entity, outcome, prev_mac, mac)
         SELECT ${seq}, 'auth.login', 'user', 'success', mac, mac FROM audit_events WHERE seq = ${eventCount}`,
    );
    await expect(verify()).resolves.toMatchObject({ ok: false, firstBrokenSeq: seq });
  });

  it('finds the last event replaced by a forgery with the head moved to it', async () => {
    const prevMac = await macOf(eventCount - 1);
    await tamperAsOwner(
      database.engine,
      `DELETE FROM audit_events WHERE seq = ${eventCount};
       INSERT INTO audit_events (seq, action, entity, outcome, prev_mac, mac)
         VALUES (${eventCount}, 'auth.login', 'user', 'success', '${prevMac}', 'forged');
       UPDATE audit_chain_head SET last_mac = 'forged'`,
    );
    await expect(verify()).resolves.toMatchObject({ ok: false, firstBrokenSeq: eventCount });
  });
});

describe('the verification line the CLI prints', () => {
  it('names the count when intact and the first broken event otherwise', () => {
    expect(describeAuditVerification({ ok: true, rows: 3 })).toBe('Audit trail intact: 3 events');
    expect(
      describeAuditVerification({ ok: false, rows: 4, firstBrokenSeq: 4, reason: 'event #4 is missing' }),
    ).toBe('Audit trail BROKEN at event #4: event #4 is missing');
  });
});
