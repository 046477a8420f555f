import type { AppointmentType, CreateAppointmentTypeInput } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { appointmentTypes } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { replaceTypeProviders } from './appointment-type-providers.ts';
import { toAppointmentType } from './appointment-type-view.ts';
import { assertDepositFits } from './deposit-fits.ts';

export async function createAppointmentType(
  ctx: AppContext,
  input: CreateAppointmentTypeInput,
  source: AuditSource,
): Promise<AppointmentType> {
  const now = ctx.now();
  const { providerIds, ...fields } = input;
  return withTransaction(ctx.db, async (tx) => {
    const [created] = await tx
      .insert(appointmentTypes)
      .values({ ...fields, createdAt: now, updatedAt: now })
      .returning();
    if (!created) throw new Error('appointment type insert returned nothing');
    assertDepositFits(created);
    const offeredBy = await replaceTypeProviders(tx, created.id, providerIds ?? []);
    await ctx.audit.record(tx, {
      ...source,
      action: 'appointment_types.create',
      entity: 'appointment_type',
      entityId: created.id,
      outcome: 'success',
      detail: { providerIds: offeredBy },
    });
    return toAppointmentType(created, offeredBy);
  });
}
