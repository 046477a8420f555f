import { and, eq, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { AcceptedWaitlistOffer } from '../../../shared/waitlist.ts';
import type { AppContext } from '../../context.ts';
import { exclusionViolation, sqlState } from '../../db/sql-state.ts';
import { type Tx, withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { publishLiveEvent } from '../live-events/publish-live-event.ts';
import { toAppointment } from '../scheduling/appointment-rows.ts';
import { expireLapsedHolds, insertAppointment, planVisit } from '../scheduling/book-appointment.ts';
import { lockBookedResources } from '../scheduling/resource-locks.ts';
import { slotUnavailable } from '../scheduling/slot-unavailable.ts';
import { findVisibleOffer, offerStatus, toWaitlistOffer } from './waitlist-scope.ts';
import {
  type WaitlistEntryRow,
  type WaitlistOfferRow,
  waitlistEntries,
  waitlistOffers,
} from './waitlist-tables.ts';

function assertOpen(offer: WaitlistOfferRow, entry: WaitlistEntryRow, now: Date): void {
  const status = offerStatus(offer, now);
  if (status !== 'open' || entry.status !== 'waiting') {
    throw problem(409, 'offer_not_open', 'This offer can no longer be accepted.', {
      extensions: { offerStatus: status, entryStatus: entry.status },
    });
  }
}

/** Every other open offer of the same entry, or for time the accepted visit now takes. */
async function supersedeOtherOffers(tx: Tx, offer: WaitlistOfferRow, now: Date): Promise<void> {
  const taken = sql`tstzrange(${offer.startsAt.toISOString()}::timestamptz, ${offer.endsAt.toISOString()}::timestamptz, '[)')`;
  await tx
    .update(waitlistOffers)
    .set({ status: 'superseded', updatedAt: now })
    .where(
      and(
        eq(waitlistOffers.status, 'open'),
        ne(waitlistOffers.id, offer.id),
        or(
          eq(waitlistOffers.entryId, offer.entryId),
          and(
            or(
              eq(waitlistOffers.providerId, offer.providerId),
              offer.operatoryId
                ? and(
                    isNotNull(waitlistOffers.operatoryId),
                    eq(waitlistOffers.operatoryId, offer.operatoryId),
                  )
                : undefined,
            ),
            sql`tstzrange(${waitlistOffers.startsAt}, ${waitlistOffers.endsAt}, '[)') && ${taken}`,
          ),
        ),
      ),
    );
}

/**
 * Books an offered slot for the entry's patient through the booking rules (planVisit) and the
 * database's constraints, so time taken by someone else meanwhile is `409 slot_unavailable`.
 * The entry is fulfilled and the other offers for that time are superseded in the same transaction.
 */
export async function acceptWaitlistOffer(
  ctx: AppContext,
  actor: Actor,
  offerId: string,
  source: AuditSource,
): Promise<AcceptedWaitlistOffer> {
  const now = ctx.now();
  const { offer, entry } = await findVisibleOffer(ctx.db, actor, offerId);
  assertOpen(offer, entry, now);
  const visit = await planVisit(ctx, actor, {
    patientId: entry.patientId,
    providerId: offer.providerId,
    appointmentTypeId: entry.appointmentTypeId,
    start: offer.startsAt.toISOString(),
    operatoryId: offer.operatoryId,
  });
  try {
    return await withTransaction(ctx.db, async (tx) => {
      // Before the offer's row lock: two patients accepting offers for one freed slot would
      // otherwise each hold their offer while waiting for the slot, and each supersede the other's.
      await lockBookedResources(tx, [visit]);
      const locked = await findVisibleOffer(tx, actor, offerId, true);
      assertOpen(locked.offer, locked.entry, now);
      await expireLapsedHolds(tx, visit, now);
      const row = await insertAppointment(tx, actor, visit, 'scheduled', null, null, now);
      const [accepted] = await tx
        .update(waitlistOffers)
        .set({ status: 'accepted', appointmentId: row.id, updatedAt: now })
        .where(eq(waitlistOffers.id, offerId))
        .returning();
      if (!accepted) throw new Error('waitlist offer update returned nothing');
      await tx
        .update(waitlistEntries)
        .set({ status: 'fulfilled', appointmentId: row.id, updatedAt: now })
        .where(eq(waitlistEntries.id, entry.id));
      await supersedeOtherOffers(tx, accepted, now);
      const appointment = toAppointment(row);
      await publishLiveEvent(tx, 'appointment.created', appointment);
      await ctx.audit.record(tx, {
        ...source,
        action: 'appointments.book',
        entity: 'appointment',
        entityId: appointment.id,
        patientId: appointment.patientId,
        outcome: 'success',
        detail: { waitlistOfferId: offerId },
      });
      await ctx.audit.record(tx, {
        ...source,
        action: 'waitlist.offer.accept',
        entity: 'waitlist_offer',
        entityId: offerId,
        patientId: entry.patientId,
        outcome: 'success',
        detail: { entryId: entry.id, appointmentId: appointment.id },
      });
      return { offer: toWaitlistOffer(accepted, now), appointment };
    });
  } catch (error) {
    if (sqlState(error) === exclusionViolation) throw await slotUnavailable(ctx, actor, visit, now);
    throw error;
  }
}
