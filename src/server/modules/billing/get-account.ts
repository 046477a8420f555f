import { and, asc, eq, lte } from 'drizzle-orm';
import type { Account } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/engine.ts';
import { ledgerEntries, patients } from '../../db/schema.ts';
import { notFound } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { ageAccount, balanceOf } from './account-aging.ts';
import { clinicDateOf } from './clinic-date.ts';
import type { LedgerEntryRow } from './post-ledger-entry.ts';

export type LoadedAccount = Account & { entries: LedgerEntryRow[] };

/**
 * The account headed by `guarantorId` (every patient whose account it is) as it stood at the
 * end of the clinic-local date `asOf` (a `YYYY-MM-DD` date, or an instant such as `ctx.now()`),
 * with its entries oldest first; `null` when no patient's account is this one. No access
 * check and no audit: callers do both.
 */
export async function loadAccount(
  db: Db,
  guarantorId: string,
  asOf: string | Date,
): Promise<LoadedAccount | null> {
  const clinic = await getClinicSettings(db);
  const asOfDate = typeof asOf === 'string' ? asOf : clinicDateOf(asOf, clinic.timeZone);
  const members = await db
    .select({ id: patients.id, firstName: patients.firstName, lastName: patients.lastName })
    .from(patients)
    .where(eq(patients.accountId, guarantorId))
    .orderBy(asc(patients.lastName), asc(patients.firstName), asc(patients.id));
  if (members.length === 0) return null;
  const entries = await db
    .select({ entry: ledgerEntries })
    .from(ledgerEntries)
    .innerJoin(patients, eq(patients.id, ledgerEntries.patientId))
    .where(and(eq(patients.accountId, guarantorId), lte(ledgerEntries.postedOn, asOfDate)))
    .orderBy(asc(ledgerEntries.postedAt), asc(ledgerEntries.id));
  const rows = entries.map(({ entry }) => entry);
  return {
    guarantorId,
    currency: clinic.currency,
    asOf: asOfDate,
    members: members.map((member) => ({
      ...member,
      balanceCents: balanceOf(rows.filter((row) => row.patientId === member.id)),
    })),
    balanceCents: balanceOf(rows),
    aging: ageAccount(rows, asOfDate),
    entries: rows,
  };
}

/** An account for the API: staff see any; a patient only the account they head. Audited. */
export async function getAccount(
  ctx: AppContext,
  actor: Actor,
  guarantorId: string,
  asOf: string | undefined,
  source: AuditSource,
): Promise<Account> {
  if (actor.role === 'patient' && actor.patientId !== guarantorId) throw notFound('No such account.');
  const loaded = await loadAccount(ctx.db, guarantorId, asOf ?? ctx.now());
  if (!loaded) throw notFound('No such account.');
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'account.read',
    entity: 'account',
    entityId: guarantorId,
    patientId: guarantorId,
    outcome: 'success',
    detail: { asOf: loaded.asOf, members: loaded.members.length },
  });
  const { entries: _entries, ...account } = loaded;
  return account;
}
