import { eq } from 'drizzle-orm';
import type { AppointmentType, UpdateAppointmentTypeInput } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { appointmentTypes } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { replaceTypeProviders } from './appointment-type-providers.ts';
import { providerIdsByType, toAppointmentType } from './appointment-type-view.ts';
import { assertDepositFits } from './deposit-fits.ts';

/** Changes the fields given; `providerIds`, when given, replaces the whole list. */
export async function updateAppointmentType(
  ctx: AppContext,
  id: string,
  input: UpdateAppointmentTypeInput,
  source: AuditSource,
): Promise<AppointmentType> {
  const now = ctx.now();
  const { providerIds, ...fields } = input;
  return withTransaction(ctx.db, async (tx) => {
    const [updated] = await tx
      .update(appointmentTypes)
      .set({ ...fields, updatedAt: now })
      .where(eq(appointmentTypes.id, id))
      .returning();
    if (!updated) throw notFound('No such appointment type.');
    assertDepositFits(updated);
    const offeredBy =
      providerIds === undefined
        ? ((await providerIdsByType(tx, [updated.id])).get(updated.id) ?? [])
        : await replaceTypeProviders(tx, updated.id, providerIds);
    await ctx.audit.record(tx, {
      ...source,
      action: 'appointment_types.update',
      entity: 'appointment_type',
      entityId: updated.id,
      outcome: 'success',
      detail: { fields: Object.keys(input) },
    });
    return toAppointmentType(updated, offeredBy);
  });
}
