import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { addDays, clinicDateOf } from '../billing/clinic-date.ts';
import { balanceEffectSql } from './balance-effect-sql.ts';
import { readRows } from './read-rows.ts';

/** Before anything is rolled up: every date is read from the ledger itself. */
export const nothingRolled = '-infinity';

/**
 * How far behind the clinic's today a date must be before its sums are kept. Rows are posted on
 * the clinic's today or later, so yesterday is already final; the second day covers a change of
 * the clinic's time zone, which can move "today" back by up to a day.
 */
const finalAfterDays = 2;

const RolledThrough = z.object({ rolledThrough: z.string() });
const rolledThroughRow = sql`SELECT rolled_through::text AS "rolledThrough" FROM ledger_rollup WHERE id = 1`;

/**
 * Sums the ledger's final dates not yet summed into the daily totals and
 * ledger_patient_totals (migration 0018), and answers the last date they cover. Reports call it
 * first: usually it reads one row; after a day has passed it sums that day's rows. Several
 * processes may sum at once: the row that says how far the sums reach is locked, so each date
 * is summed once.
 */
export async function rollUpLedger(ctx: AppContext, clinicTimeZone: string): Promise<string> {
  const through = addDays(clinicDateOf(ctx.now(), clinicTimeZone), -finalAfterDays);
  const upToDate = (rolled: string | undefined): rolled is string =>
    rolled !== undefined && rolled !== nothingRolled && rolled >= through;
  const [seen] = await readRows(ctx.db, rolledThroughRow, RolledThrough);
  if (upToDate(seen?.rolledThrough)) return seen.rolledThrough;
  return ctx.db.transaction(async (tx) => {
    await tx.execute(
      sql`INSERT INTO ledger_rollup (id, rolled_through) VALUES (1, ${nothingRolled}::date) ON CONFLICT DO NOTHING`,
    );
    const [state] = await readRows(tx, sql`${rolledThroughRow} FOR UPDATE`, RolledThrough);
    const rolled = state?.rolledThrough ?? nothingRolled;
    // Another process may have summed these dates while this one waited for the lock.
    if (upToDate(rolled)) return rolled;
    const newDays = sql`l.posted_on > ${rolled}::date AND l.posted_on <= ${through}::date`;
    for (const { table, column } of Object.values(dayTotals)) {
      await tx.execute(
        sql`INSERT INTO ${table} (posted_on, kind, ${column}, amount_cents)
            SELECT l.posted_on, l.kind, l.${column}, sum(l.amount_cents)
              FROM ledger_entries l WHERE ${newDays}
             GROUP BY 1, 2, 3`,
      );
    }
    await tx.execute(
      sql`INSERT INTO ledger_patient_totals (patient_id, balance_cents)
          SELECT l.patient_id, sum(${balanceEffectSql(sql`l.kind`, sql`l.amount_cents`)})
            FROM ledger_entries l WHERE ${newDays}
           GROUP BY 1
          ON CONFLICT (patient_id)
          DO UPDATE SET balance_cents = ledger_patient_totals.balance_cents + excluded.balance_cents`,
    );
    await tx.execute(sql`UPDATE ledger_rollup SET rolled_through = ${through}::date WHERE id = 1`);
    return through;
  });
}

/** The daily sums by each key a ledger row carries (migration 0018). */
const dayTotals = {
  provider: { table: sql.raw('ledger_provider_day_totals'), column: sql.raw('provider_id') },
  type: { table: sql.raw('ledger_type_day_totals'), column: sql.raw('appointment_type_id') },
};

/**
 * The ledger's rows posted within `postedIn` (a condition on `posted_on`), as columns posted_on,
 * kind, key (the provider or the type of the visit, by `by`) and amount_cents: the dates up to
 * `rolled` from their daily sums, the later ones row by row. Summed by any of those columns, it
 * gives what summing the ledger itself would.
 */
export function ledgerByDay(rolled: string, postedIn: (column: SQL) => SQL, by: keyof typeof dayTotals): SQL {
  const { table, column } = dayTotals[by];
  return sql`(SELECT t.posted_on, t.kind, t.${column} AS key, t.amount_cents
                FROM ${table} t
               WHERE ${postedIn(sql`t.posted_on`)} AND t.posted_on <= ${rolled}::date
              UNION ALL
              SELECT l.posted_on, l.kind, l.${column}, l.amount_cents::bigint
                FROM ledger_entries l
               WHERE ${postedIn(sql`l.posted_on`)} AND l.posted_on > ${rolled}::date)`;
}

/** Shorthand for the two ways reports bound dates. */
export const postedBetween = (from: string, to: string) => (column: SQL) =>
  sql`${column} BETWEEN ${from}::date AND ${to}::date`;
export const postedUpTo = (to: string) => (column: SQL) => sql`${column} <= ${to}::date`;
