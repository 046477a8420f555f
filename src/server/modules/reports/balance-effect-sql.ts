import { type SQL, sql } from 'drizzle-orm';
import { balanceEffect } from '../../../shared/balance-effect.ts';
import { ledgerEntryKinds } from '../../../shared/billing.ts';

/**
 * billing's balanceEffect as a SQL expression over a ledger row, built from the function itself
 * (the sign it gives each kind), so that reports summed in the database can never disagree with
 * the balances and aging the ledger shows.
 */
export function balanceEffectSql(kind: SQL, amountCents: SQL): SQL {
  const signs = ledgerEntryKinds.map(
    (entryKind) =>
      sql`WHEN ${sql.raw(`'${entryKind}'`)} THEN ${sql.raw(String(balanceEffect(entryKind, 1)))}`,
  );
  return sql`((CASE ${kind} ${sql.join(signs, sql` `)} END) * ${amountCents})`;
}
