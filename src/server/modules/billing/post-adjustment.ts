import type { AdjustmentInput, LedgerEntry } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findBillingPatient } from './billing-scope.ts';
import { toLedgerEntry } from './ledger-entry-view.ts';
import { patientBalance } from './patient-balance.ts';
import { postLedgerEntry } from './post-ledger-entry.ts';

/** A manager's correction: negative is a discount or write-off, positive a charge put back. */
export async function postAdjustment(
  ctx: AppContext,
  actor: Actor,
  input: AdjustmentInput,
  source: AuditSource,
): Promise<LedgerEntry> {
  return withTransaction(ctx.db, async (tx) => {
    const patient = await findBillingPatient(tx, actor, input.patientId);
    const row = await postLedgerEntry(
      ctx,
      tx,
      {
        patientId: patient.id,
        kind: 'adjustment',
        amountCents: input.amountCents,
        description: input.reason,
      },
      source,
    );
    return toLedgerEntry(row, { balanceAfterCents: await patientBalance(tx, patient.id) });
  });
}
