import { eq, sql } from 'drizzle-orm';
import type { DayClose } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { dayCloses, users } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { clinicDateOf } from './clinic-date.ts';
import { toDayClose } from './day-close-view.ts';
import { ledgerTotals } from './ledger-totals.ts';

/**
 * Closes the books up to and including a clinic-local date: its totals (every row posted since
 * the previous close) are frozen, and from then on nothing can be posted on or before it.
 */
export async function closeDay(ctx: AppContext, date: string, source: AuditSource): Promise<DayClose> {
  const clinic = await getClinicSettings(ctx.db);
  const today = clinicDateOf(ctx.now(), clinic.timeZone);
  if (date > today) {
    throw problem(
      422,
      'day_not_over',
      `${date} has not come yet; the last day that can be closed is ${today}.`,
    );
  }
  return withTransaction(ctx.db, async (tx) => {
    // Postings take SHARE: none can land while this runs, and none after it on a closed date.
    await tx.execute(sql`LOCK TABLE day_closes IN SHARE ROW EXCLUSIVE MODE`);
    const [latest] = await tx
      .select({ last: sql<string | null>`max(${dayCloses.date})::text` })
      .from(dayCloses);
    const last = latest?.last ?? null;
    if (last !== null && date <= last) {
      throw problem(409, 'conflict', `The books are already closed up to ${last}.`, {
        extensions: { closedThrough: last },
      });
    }
    const totals = await ledgerTotals(tx, { after: last, to: date });
    const [row] = await tx
      .insert(dayCloses)
      .values({ date, totals, closedBy: source.actorId, closedAt: ctx.now() })
      .returning();
    if (!row) throw new Error('day close insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action: 'day_close.close',
      entity: 'day_close',
      entityId: date,
      outcome: 'success',
      detail: { totals },
    });
    const [closer] = source.actorId
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, source.actorId))
      : [];
    return toDayClose(row, closer?.name ?? null);
  });
}
