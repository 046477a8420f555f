import { and, eq } from 'drizzle-orm';
import type { ChargeInput, LedgerEntry } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { appointments } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findBillingPatient } from './billing-scope.ts';
import { toLedgerEntry } from './ledger-entry-view.ts';
import { patientBalance } from './patient-balance.ts';
import { postLedgerEntry } from './post-ledger-entry.ts';

/** A charge the desk posts by hand (a product, a fee not tied to an appointment type). */
export async function postCharge(
  ctx: AppContext,
  actor: Actor,
  input: ChargeInput,
  source: AuditSource,
): Promise<LedgerEntry> {
  return withTransaction(ctx.db, async (tx) => {
    const patient = await findBillingPatient(tx, actor, input.patientId);
    if (input.appointmentId !== undefined) {
      const [appointment] = await tx
        .select({ id: appointments.id })
        .from(appointments)
        .where(and(eq(appointments.id, input.appointmentId), eq(appointments.patientId, patient.id)));
      if (!appointment) {
        throw problem(422, 'validation_failed', 'Some values break a rule.', {
          errors: [{ path: 'appointmentId', message: "Not one of this patient's appointments" }],
        });
      }
    }
    const row = await postLedgerEntry(
      ctx,
      tx,
      {
        patientId: patient.id,
        kind: 'charge',
        amountCents: input.amountCents,
        description: input.description,
        appointmentId: input.appointmentId ?? null,
      },
      source,
    );
    return toLedgerEntry(row, { balanceAfterCents: await patientBalance(tx, patient.id) });
  });
}
