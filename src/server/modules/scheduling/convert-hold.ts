import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { appointments } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { Actor } from '../auth/authenticate.ts';
import { appointmentColumns } from './appointment-rows.ts';
import type { PlannedVisit } from './book-appointment.ts';

const ownHold = (actor: Actor, holdId: string) =>
  and(eq(appointments.id, holdId), eq(appointments.status, 'held'), eq(appointments.createdBy, actor.userId));

/** The chair the caller's hold keeps; null without one (or without such a hold, which converting refuses). */
export async function heldChair(db: Db, actor: Actor, holdId: string): Promise<string | null> {
  const [hold] = await db
    .select({ operatoryId: appointments.operatoryId })
    .from(appointments)
    .where(ownHold(actor, holdId));
  return hold?.operatoryId ?? null;
}

/**
 * Turns the caller's unexpired hold for this very visit into the appointment, in the visit's
 * chair: the database's constraints check a chair other than the held one like any booking.
 */
export async function convertHold(
  tx: Tx,
  actor: Actor,
  holdId: string,
  visit: PlannedVisit,
  now: Date,
  notes: string | null,
) {
  const [row] = await tx
    .update(appointments)
    .set({ status: 'scheduled', operatoryId: visit.operatoryId, holdExpiresAt: null, notes, updatedAt: now })
    .where(
      and(
        ownHold(actor, holdId),
        eq(appointments.providerId, visit.providerId),
        eq(appointments.patientId, visit.patientId),
        eq(appointments.appointmentTypeId, visit.type.id),
        sql`lower(${appointments.period}) = ${visit.start.toISOString()}::timestamptz`,
        sql`${appointments.holdExpiresAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .returning(appointmentColumns);
  if (!row) {
    throw problem(
      409,
      'hold_expired',
      'The hold has expired or does not match this booking. Choose the slot again.',
    );
  }
  return row;
}
