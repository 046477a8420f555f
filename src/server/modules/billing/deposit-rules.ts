import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { appointmentTypes, payments } from '../../db/schema.ts';
import { problem } from '../../lib/problem.ts';

/**
 * A patient books a type that takes a deposit only through a hold whose deposit Stripe has
 * confirmed (the webhook then books it). Staff book such visits directly.
 */
export async function assertDepositPaid(
  db: Db,
  appointmentTypeId: string,
  holdId: string | undefined,
): Promise<void> {
  const [type] = await db
    .select({ depositCents: appointmentTypes.depositCents })
    .from(appointmentTypes)
    .where(eq(appointmentTypes.id, appointmentTypeId));
  if (!type || type.depositCents === 0) return;
  const [paid] = holdId
    ? await db
        .select({ id: payments.id })
        .from(payments)
        .where(and(eq(payments.appointmentId, holdId), eq(payments.status, 'succeeded')))
        .limit(1)
    : [];
  if (!paid) {
    throw problem(
      422,
      'deposit_required',
      'This visit needs a deposit: hold the time, then pay the deposit to book it.',
      {
        extensions: { depositCents: type.depositCents },
      },
    );
  }
}
