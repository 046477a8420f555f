import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { WaitlistEntry, WaitlistOffer } from '../../../shared/waitlist.ts';
import type { Db } from '../../db/engine.ts';
import { patients } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import type { Actor } from '../auth/authenticate.ts';
import { visiblePatients } from '../patients/patient-scope.ts';
import {
  type WaitlistEntryRow,
  type WaitlistOfferRow,
  waitlistEntries,
  waitlistOffers,
} from './waitlist-tables.ts';

/** Entries the actor may see: all for staff, their own (and minor dependants') for patients. */
export function visibleWaitlistEntries(actor: Actor): SQL | undefined {
  const patientCondition = visiblePatients(actor);
  if (!patientCondition) return undefined;
  return inArray(
    waitlistEntries.patientId,
    sql`(SELECT ${patients.id} FROM ${patients} WHERE ${patientCondition})`,
  );
}

/** The entry if the actor may see it, optionally locked; otherwise 404 as for an unknown id. */
export async function findVisibleEntry(
  db: Db | Tx,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<WaitlistEntryRow> {
  const query = db
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.id, id), visibleWaitlistEntries(actor)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('No such waitlist entry.');
  return row;
}

/** An offer and its entry, if the actor may see the entry, optionally both locked; otherwise 404. */
export async function findVisibleOffer(
  db: Db | Tx,
  actor: Actor,
  offerId: string,
  forUpdate = false,
): Promise<{ offer: WaitlistOfferRow; entry: WaitlistEntryRow }> {
  const query = db
    .select({ offer: waitlistOffers, entry: waitlistEntries })
    .from(waitlistOffers)
    .innerJoin(waitlistEntries, eq(waitlistEntries.id, waitlistOffers.entryId))
    .where(and(eq(waitlistOffers.id, offerId), visibleWaitlistEntries(actor)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('No such waitlist offer.');
  return row;
}

export function toWaitlistEntry(row: WaitlistEntryRow): WaitlistEntry {
  return {
    id: row.id,
    patientId: row.patientId,
    appointmentTypeId: row.appointmentTypeId,
    providerId: row.providerId,
    from: row.fromDate,
    to: row.toDate,
    notes: row.notes,
    status: row.status,
    appointmentId: row.appointmentId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An open offer whose time has run out reads as expired; nothing has to sweep it first. */
export function offerStatus(row: WaitlistOfferRow, now: Date): WaitlistOffer['status'] {
  return row.status === 'open' && row.expiresAt <= now ? 'expired' : row.status;
}

export function toWaitlistOffer(row: WaitlistOfferRow, now: Date): WaitlistOffer {
  return {
    id: row.id,
    entryId: row.entryId,
    providerId: row.providerId,
    operatoryId: row.operatoryId,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    status: offerStatus(row, now),
    appointmentId: row.appointmentId,
    createdAt: row.createdAt.toISOString(),
  };
}
