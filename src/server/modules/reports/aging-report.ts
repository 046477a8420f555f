import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AgingReport, AgingReportQuery, AgingRow, AgingTotals } from '../../../shared/reports.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/engine.ts';
import { decodeCursor, encodeCursor } from '../../lib/page-cursor.ts';
import { clinicDateOf } from '../billing/clinic-date.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { balanceEffectSql } from './balance-effect-sql.ts';
import { nothingRolled, rollUpLedger } from './ledger-rollup.ts';
import { count, readRows } from './read-rows.ts';
import { type ReportRun, recordReportRun } from './record-report-run.ts';
import { inReportSession } from './report-session.ts';

const AccountRow = z.object({
  guarantorId: z.string(),
  label: z.string(),
  members: count,
  balance: count,
  current: count,
  days31to60: count,
  days61to90: count,
  over90: count,
});
const TotalsRow = z.object({
  accounts: count,
  balanceCents: count,
  owedCents: count,
  current: count,
  days31to60: count,
  days61to90: count,
  over90: count,
});

/*
 * Aging by billing's rule (account-aging.ts): debits aged by posting date, every credit applied
 * to the oldest open debit first. Applied oldest first, the credits leave open exactly the
 * newest debits worth the balance, so an account needs only its balance and its debits of the
 * last 30, 31–60 and 61–90 days: each bucket holds what of the balance the newer buckets do not
 * cover, and what is left is over 90 days. A credit balance shows in `current` as a negative
 * amount. Sums, then, not a walk through each account's rows: one GROUP BY over the ledger.
 */

/**
 * Per ledger row (alias l): its balance effect (of the rows posted after `balanceAfter` only,
 * when the balance up to it comes from elsewhere), and its debit in each recent age bucket.
 */
function agingSums(asOf: string, balanceAfter: string = nothingRolled): SQL {
  const effect = balanceEffectSql(sql`l.kind`, sql`l.amount_cents`);
  const debitAged = (oldestDays: number, newestDays: number) =>
    sql`sum(greatest(${effect}, 0)) FILTER (WHERE l.posted_on BETWEEN ${asOf}::date - ${oldestDays}::int AND ${asOf}::date - ${newestDays}::int)`;
  return sql`coalesce(sum(${effect}) FILTER (WHERE l.posted_on > ${balanceAfter}::date), 0)::bigint AS balance,
             coalesce(${debitAged(30, 0)}, 0)::bigint AS d0,
             coalesce(${debitAged(60, 31)}, 0)::bigint AS d1,
             coalesce(${debitAged(90, 61)}, 0)::bigint AS d2`;
}

/** The buckets of an account from its sums (columns balance, d0, d1, d2 of `source`). */
const agingBuckets = {
  as: (source: string) => {
    const [balance, d0, d1, d2] = ['balance', 'd0', 'd1', 'd2'].map((column) =>
      sql.raw(`${source}.${column}`),
    );
    return sql`${balance} AS balance,
      CASE WHEN ${balance} < 0 THEN ${balance} ELSE least(${d0}, ${balance}) END AS current,
      least(${d1}, greatest(${balance} - ${d0}, 0)) AS days31to60,
      least(${d2}, greatest(${balance} - ${d0} - ${d1}, 0)) AS days61to90,
      greatest(${balance} - ${d0} - ${d1} - ${d2}, 0) AS over90`;
  },
};

/**
 * One page of accounts with a non-zero balance, after `after` in guarantor id order: accounts
 * are visited in the order of the patients_account index, each summed from its members' rows
 * only (ledger_entries_patient_aging), until the page is full. A page costs its own accounts
 * (and the settled ones skipped on the way), not the whole ledger.
 */
function agingPage(db: Db, asOf: string, after: string | undefined, limit: number) {
  return readRows(
    db,
    sql`SELECT account.id::text AS "guarantorId", g.last_name || ', ' || g.first_name AS label,
               sums.members, ${agingBuckets.as('sums')}
          FROM (SELECT DISTINCT p.account_id AS id FROM patients p
                 WHERE ${after === undefined ? sql`true` : sql`p.account_id > ${after}::uuid`}
                 ORDER BY 1) account
          CROSS JOIN LATERAL (
            SELECT count(DISTINCT m.id) AS members, ${agingSums(asOf)}
              FROM patients m LEFT JOIN ledger_entries l ON l.patient_id = m.id AND l.posted_on <= ${asOf}::date
             WHERE m.account_id = account.id
          ) sums
          -- Bounded like the accounts, so the guarantors are read from the cursor on, not from the start.
          JOIN patients g ON g.id = account.id AND ${after === undefined ? sql`true` : sql`g.id > ${after}::uuid`}
         WHERE sums.balance <> 0
         ORDER BY account.id
         LIMIT ${limit}`,
    AccountRow,
  );
}

/**
 * Every account's aging, as the CTE `aging` (account_id, balance and buckets) of accounts with
 * a non-zero balance. With the ledger rolled up to a date on or before `asOf`, each patient's
 * balance is their rolled-up total plus the rows since, and only the last 90 days (for the age
 * buckets) are read row by row. Otherwise all of the ledger up to `asOf` is read once, summed
 * per patient in the order of ledger_entries_patient_aging (streamed, no join on the way).
 */
function allAccountsAging(asOf: string, rolled: string): SQL {
  const aging = sql`aging AS (
      SELECT per_account.account_id, ${agingBuckets.as('per_account')} FROM per_account WHERE balance <> 0
    )`;
  if (rolled === nothingRolled) {
    return sql`per_patient AS (
        SELECT l.patient_id, ${agingSums(asOf)} FROM ledger_entries l
         WHERE l.posted_on <= ${asOf}::date GROUP BY l.patient_id
      ), per_account AS (
        -- Most patients head their own account: only those on someone else's are looked up.
        SELECT coalesce(member.account_id, pp.patient_id) AS account_id, sum(pp.balance)::bigint AS balance,
               sum(pp.d0)::bigint AS d0, sum(pp.d1)::bigint AS d1, sum(pp.d2)::bigint AS d2
          FROM per_patient pp
          LEFT JOIN patients member ON member.id = pp.patient_id AND member.account_id <> member.id
         GROUP BY 1
      ), ${aging}`;
  }
  // Every patient once, with their rolled-up balance and their recent rows' sums beside them.
  return sql`recent AS (
      SELECT l.patient_id, ${agingSums(asOf, rolled)} FROM ledger_entries l
       WHERE l.posted_on <= ${asOf}::date AND l.posted_on > least(${rolled}::date, ${asOf}::date - 91)
       GROUP BY l.patient_id
    ), per_account AS (
      SELECT p.account_id, sum(coalesce(t.balance_cents, 0) + coalesce(r.balance, 0))::bigint AS balance,
             coalesce(sum(r.d0), 0)::bigint AS d0, coalesce(sum(r.d1), 0)::bigint AS d1,
             coalesce(sum(r.d2), 0)::bigint AS d2
        FROM patients p
        LEFT JOIN ledger_patient_totals t ON t.patient_id = p.id
        LEFT JOIN recent r ON r.patient_id = p.id
       GROUP BY p.account_id
    ), ${aging}`;
}

/**
 * Runs a query over every account's aging. Over the whole ledger, a hash table per patient
 * measured two to three times slower than streaming the rows in index order at 10^6 rows, and
 * the planner prefers it; over the rolled-up totals and 90 days of rows, hashing is the faster.
 */
async function overAllAccounts<Row extends z.ZodType>(
  db: Db,
  rolled: string,
  query: SQL,
  row: Row,
): Promise<z.infer<Row>[]> {
  if (rolled !== nothingRolled) return readRows(db, query, row);
  await db.execute(sql`SET LOCAL enable_hashagg = off`);
  const rows = await readRows(db, query, row);
  await db.execute(sql`SET LOCAL enable_hashagg = on`);
  return rows;
}

/** Every account with a non-zero balance (the CSV export), in guarantor id order. */
function agingOfAll(db: Db, asOf: string, rolled: string) {
  return overAllAccounts(
    db,
    rolled,
    sql`WITH ${allAccountsAging(asOf, rolled)}
        SELECT aging.account_id::text AS "guarantorId", g.last_name || ', ' || g.first_name AS label,
               (SELECT count(*) FROM patients m WHERE m.account_id = aging.account_id) AS members,
               balance, current, days31to60, days61to90, over90
          FROM aging JOIN patients g ON g.id = aging.account_id
         ORDER BY aging.account_id`,
    AccountRow,
  );
}

/** The totals of every account with a non-zero balance. */
function agingTotals(db: Db, asOf: string, rolled: string) {
  return overAllAccounts(
    db,
    rolled,
    sql`WITH ${allAccountsAging(asOf, rolled)}
        SELECT count(*) AS accounts, sum(balance) AS "balanceCents", sum(greatest(balance, 0)) AS "owedCents",
               sum(current) AS current, sum(days31to60) AS days31to60, sum(days61to90) AS days61to90,
               sum(over90) AS over90
          FROM aging`,
    TotalsRow,
  );
}

/**
 * Accounts with a non-zero balance at the end of a clinic-local date (today by default), a page
 * at a time in guarantor id order (keyset), with the totals of all of them.
 */
export async function agingReport(
  ctx: AppContext,
  query: Omit<AgingReportQuery, 'limit'> & { limit: number | null },
  run: ReportRun,
): Promise<AgingReport> {
  const clinic = await getClinicSettings(ctx.db);
  const asOf = query.asOf ?? clinicDateOf(ctx.now(), clinic.timeZone);
  const after = decodeCursor(query.cursor, z.tuple([z.uuid()]))?.[0];
  const limit = query.limit;
  // The rolled-up totals hold each patient's balance up to their date: usable as of any later date.
  const rolledUpTo = await rollUpLedger(ctx, clinic.timeZone);
  const rolled = rolledUpTo !== nothingRolled && rolledUpTo <= asOf ? rolledUpTo : nothingRolled;
  const { page, totals } = await inReportSession(ctx.db, async (db) => {
    if (limit === null) {
      const every = await agingOfAll(db, asOf, rolled);
      return { page: every, totals: totalsOf(every) };
    }
    const [totalsRow] = await agingTotals(db, asOf, rolled);
    return { page: await agingPage(db, asOf, after, limit + 1), totals: totalsRow ?? totalsOf([]) };
  });
  const hasMore = limit !== null && page.length > limit;
  const items: AgingRow[] = page
    .slice(0, limit ?? page.length)
    .map(({ balance, ...row }) => ({ key: row.guarantorId, ...row, balanceCents: balance }));
  const last = items[items.length - 1];
  // Whether a later page was asked for, not the cursor: it names a patient (the guarantor).
  await recordReportRun(ctx, run, 'aging', { asOf, limit, laterPage: after !== undefined });
  return {
    asOf,
    currency: clinic.currency,
    items,
    nextCursor: hasMore && last ? encodeCursor([last.guarantorId]) : null,
    totals,
  };
}

/** The totals of a list of every account (what agingTotals sums in the database). */
function totalsOf(rows: readonly z.infer<typeof AccountRow>[]): AgingTotals {
  return rows.reduce<AgingTotals>(
    (sum, row) => ({
      accounts: sum.accounts + 1,
      balanceCents: sum.balanceCents + row.balance,
      owedCents: sum.owedCents + Math.max(row.balance, 0),
      current: sum.current + row.current,
      days31to60: sum.days31to60 + row.days31to60,
      days61to90: sum.days61to90 + row.days61to90,
      over90: sum.over90 + row.over90,
    }),
    { accounts: 0, balanceCents: 0, owedCents: 0, current: 0, days31to60: 0, days61to90: 0, over90: 0 },
  );
}
