import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { WaitlistEntry, WaitlistListQuery, WaitlistOffer } from '../../../shared/waitlist.ts';
import type { AppContext } from '../../context.ts';
import { withTransaction } from '../../db/transaction.ts';
import { decodeCursor, encodeCursor } from '../../lib/page-cursor.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import {
  findVisibleEntry,
  toWaitlistEntry,
  toWaitlistOffer,
  visibleWaitlistEntries,
} from './waitlist-scope.ts';
import { waitlistEntries, waitlistOffers } from './waitlist-tables.ts';

/** Waitlist entries in the order they will be offered time (oldest first), as far as the actor may see. */
export async function listWaitlist(
  ctx: AppContext,
  actor: Actor,
  query: WaitlistListQuery,
  source: AuditSource,
): Promise<{ items: WaitlistEntry[]; nextCursor: string | null }> {
  // The list's order is the offer order: arrival time, then arrival sequence for ties.
  const [afterCreatedAt, afterSeq] =
    decodeCursor(query.cursor, z.tuple([z.iso.datetime({ offset: true }), z.int()])) ?? [];
  const after =
    afterCreatedAt !== undefined && afterSeq !== undefined
      ? { createdAt: new Date(afterCreatedAt).toISOString(), seq: afterSeq }
      : undefined;
  return withTransaction(ctx.db, async (tx) => {
    const rows = await tx
      .select()
      .from(waitlistEntries)
      .where(
        and(
          visibleWaitlistEntries(actor),
          query.status ? eq(waitlistEntries.status, query.status) : undefined,
          query.patientId ? eq(waitlistEntries.patientId, query.patientId) : undefined,
          after
            ? sql`(${waitlistEntries.createdAt}, ${waitlistEntries.seq}) > (${after.createdAt}::timestamptz, ${after.seq}::bigint)`
            : undefined,
        ),
      )
      .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.seq))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    await ctx.audit.record(tx, {
      ...source,
      action: 'waitlist.list',
      entity: 'waitlist_entry',
      outcome: 'success',
      detail: { count: page.length, patientIds: [...new Set(page.map((row) => row.patientId))] },
    });
    return {
      items: page.map(toWaitlistEntry),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.seq]) : null,
    };
  });
}

/** The offers made to one entry, oldest first. */
export async function listOffers(
  ctx: AppContext,
  actor: Actor,
  entryId: string,
  source: AuditSource,
): Promise<{ items: WaitlistOffer[] }> {
  const entry = await findVisibleEntry(ctx.db, actor, entryId);
  const rows = await ctx.db
    .select()
    .from(waitlistOffers)
    .where(eq(waitlistOffers.entryId, entryId))
    .orderBy(asc(waitlistOffers.createdAt), asc(waitlistOffers.startsAt), asc(waitlistOffers.id));
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'waitlist.offers.read',
    entity: 'waitlist_entry',
    entityId: entryId,
    patientId: entry.patientId,
    outcome: 'success',
  });
  const now = ctx.now();
  return { items: rows.map((row) => toWaitlistOffer(row, now)) };
}
