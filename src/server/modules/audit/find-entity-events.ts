import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { users } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { auditEvents } from './audit-tables.ts';

export type EntityEvent = {
  id: string;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  detail: unknown;
};

/**
 * The successful events of one entity of one patient, oldest first, with the actor's name as
 * it is now. The patient narrows the read to that patient's index entries, so a long trail
 * elsewhere never slows one visit's history.
 */
export async function findEntityEvents(
  db: Db | Tx,
  target: { entity: string; entityId: string; patientId: string; actions: readonly string[] },
): Promise<EntityEvent[]> {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorName: users.name,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.patientId, target.patientId),
        eq(auditEvents.entity, target.entity),
        eq(auditEvents.entityId, target.entityId),
        eq(auditEvents.outcome, 'success'),
        inArray(auditEvents.action, [...target.actions]),
      ),
    )
    .orderBy(asc(auditEvents.seq));
}
