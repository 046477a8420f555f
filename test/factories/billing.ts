import type { AppContext } from '../../src/server/context.ts';
import { payments } from '../../src/server/db/schema.ts';
import { withTransaction } from '../../src/server/db/transaction.ts';
import type { AuditSource } from '../../src/server/modules/audit/audit-log.ts';
import type { PaymentRow } from '../../src/server/modules/billing/payment-view.ts';
import { type LedgerEntryRow, postLedgerEntry } from '../../src/server/modules/billing/post-ledger-entry.ts';
import { takeReceiptNumber } from '../../src/server/modules/billing/receipt-numbers.ts';
import { getClinicSettings } from '../../src/server/modules/clinic/service.ts';
import type { LedgerEntryKind } from '../../src/shared/billing.ts';
import { createTestApp, type TestApp } from '../app.ts';
import { setUpNewYorkClinic } from './scheduling-clinic.ts';

/** Who a factory row is posted by: the system, as a webhook or a job would be. */
export const testSource: AuditSource = { actorId: null, actorRole: null, ip: null, userAgent: null };

/** A ledger row through the one way in (dated by `ctx.now()`, refused on a closed day). */
export async function postTestEntry(
  ctx: AppContext,
  patientId: string,
  kind: Extract<LedgerEntryKind, 'charge' | 'adjustment'>,
  amountCents: number,
  description = `Test ${kind}`,
  appointmentId: string | null = null,
): Promise<LedgerEntryRow> {
  return withTransaction(ctx.db, (tx) =>
    postLedgerEntry(ctx, tx, { patientId, kind, amountCents, description, appointmentId }, testSource),
  );
}

/** A charge, for a visit when `appointmentId` is given. */
export function postTestCharge(
  ctx: AppContext,
  patientId: string,
  amountCents: number,
  description?: string,
  appointmentId: string | null = null,
) {
  return postTestEntry(ctx, patientId, 'charge', amountCents, description, appointmentId);
}

/**
 * A payment row straight in the database; a succeeded one gets its receipt number and its
 * ledger row, as a settled payment always has.
 */
export async function createTestPaymentRow(
  ctx: AppContext,
  overrides: Partial<typeof payments.$inferInsert> & { patientId: string },
): Promise<PaymentRow> {
  const { currency } = await getClinicSettings(ctx.db);
  return withTransaction(ctx.db, async (tx) => {
    const status = overrides.status ?? 'succeeded';
    const [row] = await tx
      .insert(payments)
      .values({
        method: 'cash',
        amountCents: 5_000,
        currency,
        status,
        receiptNumber: status === 'succeeded' ? await takeReceiptNumber(tx) : null,
        settledAt: status === 'succeeded' ? ctx.now() : null,
        createdAt: ctx.now(),
        ...overrides,
      })
      .returning();
    if (!row) throw new Error('payment insert returned nothing');
    if (status === 'succeeded') {
      await postLedgerEntry(
        ctx,
        tx,
        {
          patientId: row.patientId,
          kind: 'payment',
          amountCents: row.amountCents,
          description: 'Test payment',
          paymentId: row.id,
        },
        testSource,
      );
    }
    return row;
  });
}

/**
 * The billing tests' app: the New York clinic, with a clock that starts at `start` and moves on
 * a millisecond at each reading, so rows posted in one test keep their order; `setClock` jumps.
 */
export async function createBillingTestApp(
  start: string,
): Promise<TestApp & { setClock: (instant: string) => void }> {
  let clock = new Date(start);
  const testApp = await createTestApp(
    {},
    {
      now: () => {
        clock = new Date(clock.getTime() + 1);
        return clock;
      },
    },
  );
  await setUpNewYorkClinic(testApp.app);
  return {
    ...testApp,
    setClock: (instant) => {
      clock = new Date(instant);
    },
  };
}
