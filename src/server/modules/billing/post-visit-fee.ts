import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../context.ts';
import { appointmentTypes, ledgerEntries } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { type LedgerEntryRow, postLedgerEntry } from './post-ledger-entry.ts';

type Visit = { id: string; patientId: string; appointmentTypeId: string };

const reversal = alias(ledgerEntries, 'reversal');

/** The visit's fee if it still stands (posted by a completion, not taken back). */
async function standingVisitFee(tx: Tx, visit: Visit): Promise<LedgerEntryRow | undefined> {
  const [row] = await tx
    .select({ entry: ledgerEntries })
    .from(ledgerEntries)
    .leftJoin(reversal, eq(reversal.reversesEntryId, ledgerEntries.id))
    .where(
      and(
        eq(ledgerEntries.appointmentId, visit.id),
        eq(ledgerEntries.kind, 'charge'),
        eq(ledgerEntries.visitFee, true),
        gt(ledgerEntries.amountCents, 0),
        isNull(reversal.id),
      ),
    )
    .orderBy(desc(ledgerEntries.postedAt), desc(ledgerEntries.id))
    .limit(1);
  return row?.entry;
}

async function visitType(tx: Tx, visit: Visit) {
  const [type] = await tx
    .select({ name: appointmentTypes.name, priceCents: appointmentTypes.priceCents })
    .from(appointmentTypes)
    .where(eq(appointmentTypes.id, visit.appointmentTypeId));
  if (!type) throw new Error('appointment without its type');
  return type;
}

/**
 * Posts the type's fee when a visit is completed, in the status change's transaction (the
 * appointment row is locked there). The completion edge is only reachable while no fee stands,
 * since undoing a completion reverses it; the check here keeps that true whatever the path.
 */
export async function postVisitFee(
  ctx: AppContext,
  tx: Tx,
  visit: Visit,
  source: AuditSource,
): Promise<LedgerEntryRow | null> {
  const type = await visitType(tx, visit);
  if (type.priceCents === 0) return null;
  if (await standingVisitFee(tx, visit)) return null;
  return postLedgerEntry(
    ctx,
    tx,
    {
      patientId: visit.patientId,
      kind: 'charge',
      amountCents: type.priceCents,
      description: type.name,
      appointmentId: visit.id,
      visitFee: true,
    },
    source,
  );
}

/** Takes the fee back with a visible negative charge when a completion is undone; rows are never deleted. */
export async function reverseVisitFee(
  ctx: AppContext,
  tx: Tx,
  visit: Visit,
  source: AuditSource,
): Promise<LedgerEntryRow | null> {
  const fee = await standingVisitFee(tx, visit);
  if (!fee) return null;
  return postLedgerEntry(
    ctx,
    tx,
    {
      patientId: fee.patientId,
      kind: 'charge',
      amountCents: -fee.amountCents,
      description: `Reversal: ${fee.description}`,
      appointmentId: visit.id,
      reversesEntryId: fee.id,
      visitFee: true,
    },
    source,
  );
}
