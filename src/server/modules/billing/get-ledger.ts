import { asc, eq } from 'drizzle-orm';
import { balanceEffect } from '../../../shared/balance-effect.ts';
import type { Ledger } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { ledgerEntries, users } from '../../db/schema.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { findBillingPatient } from './billing-scope.ts';
import { toLedgerEntry } from './ledger-entry-view.ts';

/** A patient's ledger, oldest first, each row with the running balance after it. */
export async function getLedger(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  source: AuditSource,
): Promise<Ledger> {
  const patient = await findBillingPatient(ctx.db, actor, patientId);
  const clinic = await getClinicSettings(ctx.db);
  const rows = await ctx.db
    .select({ entry: ledgerEntries, createdByName: users.name })
    .from(ledgerEntries)
    .leftJoin(users, eq(users.id, ledgerEntries.createdBy))
    .where(eq(ledgerEntries.patientId, patient.id))
    .orderBy(asc(ledgerEntries.postedAt), asc(ledgerEntries.id));
  let balance = 0;
  const entries = rows.map(({ entry, createdByName }) => {
    balance += balanceEffect(entry.kind, entry.amountCents);
    return toLedgerEntry(entry, { balanceAfterCents: balance, createdByName });
  });
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'ledger.read',
    entity: 'ledger',
    entityId: patient.id,
    patientId: patient.id,
    outcome: 'success',
    detail: { entries: entries.length },
  });
  return {
    patientId: patient.id,
    // The generated column is always set; the fallback only satisfies the type.
    accountId: patient.accountId ?? patient.id,
    currency: clinic.currency,
    balanceCents: balance,
    entries,
  };
}
