import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { AuditEventFilters, AuditEventSummary } from '../../../shared/audit.ts';
import type { Db } from '../../db/engine.ts';
import { patients, users } from '../../db/schema.ts';
import { auditEvents } from './audit-tables.ts';

export type FoundAuditEvent = { seq: number; event: AuditEventSummary };

/**
 * The events matching `filters`, newest first by seq (older than `beforeSeq` when given),
 * with the actor's and the patient's names, in one query. Names are read as they are now:
 * the trail keeps ids only (it must outlive the users and patients it mentions), so an
 * event whose user or patient is gone still lists, with a null name.
 */
export async function findAuditEvents(
  db: Db,
  filters: AuditEventFilters,
  { beforeSeq, limit }: { beforeSeq?: number | undefined; limit: number },
): Promise<FoundAuditEvent[]> {
  const conditions: SQL[] = [];
  if (filters.actorId) conditions.push(eq(auditEvents.actorId, filters.actorId));
  if (filters.patientId) conditions.push(eq(auditEvents.patientId, filters.patientId));
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.from) conditions.push(gte(auditEvents.at, new Date(filters.from)));
  if (filters.to) conditions.push(lt(auditEvents.at, new Date(filters.to)));
  if (beforeSeq !== undefined) conditions.push(lt(auditEvents.seq, beforeSeq));

  const rows = await db
    .select({
      seq: auditEvents.seq,
      id: auditEvents.id,
      at: auditEvents.at,
      actorId: auditEvents.actorId,
      actorName: users.name,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      patientId: auditEvents.patientId,
      patientName: sql<string | null>`${patients.firstName} || ' ' || ${patients.lastName}`,
      ip: auditEvents.ip,
      outcome: auditEvents.outcome,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(patients, eq(patients.id, auditEvents.patientId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);

  return rows.map(({ seq, at, ...event }) => ({ seq, event: { ...event, at: at.toISOString() } }));
}
