import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findVisibleEntry } from './waitlist-scope.ts';
import { waitlistEntries, waitlistOffers } from './waitlist-tables.ts';

/**
 * Takes an entry off the waitlist and withdraws its open offers. Withdrawing twice is a no-op;
 * a fulfilled entry has its visit, which is cancelled as an appointment instead.
 */
export async function withdrawWaitlistEntry(
  ctx: AppContext,
  actor: Actor,
  id: string,
  source: AuditSource,
): Promise<void> {
  const now = ctx.now();
  await withTransaction(ctx.db, async (tx) => {
    const entry = await findVisibleEntry(tx, actor, id, true);
    if (entry.status === 'withdrawn') return;
    if (entry.status === 'fulfilled') {
      throw problem(
        409,
        'waitlist_entry_fulfilled',
        'This entry has been booked; cancel the appointment instead.',
        {
          extensions: { appointmentId: entry.appointmentId },
        },
      );
    }
    await tx
      .update(waitlistEntries)
      .set({ status: 'withdrawn', updatedAt: now })
      .where(eq(waitlistEntries.id, id));
    await tx
      .update(waitlistOffers)
      .set({ status: 'withdrawn', updatedAt: now })
      .where(and(eq(waitlistOffers.entryId, id), eq(waitlistOffers.status, 'open')));
    await ctx.audit.record(tx, {
      ...source,
      action: 'waitlist.withdraw',
      entity: 'waitlist_entry',
      entityId: id,
      patientId: entry.patientId,
      outcome: 'success',
    });
  });
}
