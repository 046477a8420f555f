import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import {
  type AuditEventPage,
  decodeAuditCursor,
  encodeAuditCursor,
  type ListAuditEventsQuery,
} from '../../../shared/audit.ts';
import type { Db } from '../../db/engine.ts';
import { auditEvents } from './audit-tables.ts';

export type ListAuditEventsInput = ListAuditEventsQuery;

/** Newest first, by seq, so that pages stay stable while new events keep arriving. */
export async function listAuditEvents(db: Db, input: ListAuditEventsInput): Promise<AuditEventPage> {
  const conditions: SQL[] = [];
  if (input.actorId) conditions.push(eq(auditEvents.actorId, input.actorId));
  if (input.patientId) conditions.push(eq(auditEvents.patientId, input.patientId));
  if (input.action) conditions.push(eq(auditEvents.action, input.action));
  if (input.from) conditions.push(gte(auditEvents.at, new Date(input.from)));
  if (input.to) conditions.push(lt(auditEvents.at, new Date(input.to)));
  const afterSeq = input.cursor === undefined ? undefined : decodeAuditCursor(input.cursor);
  // The query schema has already refused cursors that do not decode.
  if (afterSeq !== undefined) conditions.push(lt(auditEvents.seq, afterSeq));

  const rows = await db
    .select({
      seq: auditEvents.seq,
      id: auditEvents.id,
      at: auditEvents.at,
      actorId: auditEvents.actorId,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      patientId: auditEvents.patientId,
      ip: auditEvents.ip,
      outcome: auditEvents.outcome,
    })
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.seq))
    // One more than asked tells whether another page exists without a count.
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ seq: _seq, at, ...event }) => ({ ...event, at: at.toISOString() })),
    nextCursor: rows.length > input.limit && last ? encodeAuditCursor(last.seq) : null,
  };
}
