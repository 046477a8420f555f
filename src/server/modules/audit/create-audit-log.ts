import { randomUUID } from 'node:crypto';
import { eq, is, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/engine.ts';
import type { AuditEventInput, AuditLog } from './audit-log.ts';
import { type AuditMacContent, auditMac, normalizeDetail } from './audit-mac.ts';
import { auditChainHead, auditEvents } from './audit-tables.ts';

/** The audit log that chains each event to the previous one with an HMAC keyed by `key`. */
export function createAuditLog(key: string): AuditLog {
  return {
    record: (db, event) =>
      // Inside the caller's transaction as it is (a savepoint would only add round trips:
      // any error aborts the caller's transaction anyway); otherwise in one of its own, which
      // the head lock needs to be held across the two statements.
      is(db, PgTransaction)
        ? appendEvent(db, key, event)
        : db.transaction((tx) => appendEvent(tx, key, event)),
  };
}

/**
 * Two statements: lock the chain head (and read the clock), insert the event. The insert
 * trigger checks the link and moves the head. The lock is held until the transaction ends,
 * so the event and the head move together or not at all, and a rollback leaves no hole.
 */
async function appendEvent(tx: Db, key: string, event: AuditEventInput): Promise<void> {
  // Every writer on every process queues on this one row. The clock is read in the same
  // statement: when the lock had to wait, PostgreSQL re-evaluates the row (EvalPlanQual)
  // once the holder commits its update, so `at` is never earlier than the event before.
  // clock_timestamp(), not now(): now() is the start of the caller's transaction, which
  // can be long before it reaches this point and other events commit in between.
  const [head] = await tx
    .select({
      lastSeq: auditChainHead.lastSeq,
      lastMac: auditChainHead.lastMac,
      atMs: sql<number>`floor(extract(epoch from clock_timestamp()) * 1000)::text`.mapWith(Number),
    })
    .from(auditChainHead)
    .where(eq(auditChainHead.id, 1))
    .for('update');
  // Migration 0003 inserts the row and a trigger refuses to delete it.
  if (!head) throw new Error('audit_chain_head row is missing');

  // Millisecond precision on purpose: timestamptz would keep microseconds that a JS Date
  // drops, and the verifier must rebuild exactly the `at` that was MACed.
  const content: AuditMacContent = {
    seq: head.lastSeq + 1,
    id: randomUUID(),
    at: new Date(head.atMs),
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId ?? null,
    patientId: event.patientId ?? null,
    ip: event.ip,
    userAgent: event.userAgent,
    outcome: event.outcome,
    detail: normalizeDetail(event.detail),
  };
  const mac = auditMac(key, content, head.lastMac);
  await tx.insert(auditEvents).values({ ...content, prevMac: head.lastMac, mac });
}
