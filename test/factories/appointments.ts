import type { AppContext } from '../../src/server/context.ts';
import { createTestAppointmentType, createTestOperatory, createTestProvider } from './scheduling.ts';

/**
 * A scheduled visit straight in the database (with a provider, type and chair of its own), for
 * tests about who may see it rather than about booking rules.
 */
export async function createTestAppointment(
  ctx: AppContext,
  patientId: string,
  startsAt = '2030-03-04T14:00:00Z',
): Promise<{ id: string; providerId: string }> {
  const provider = await createTestProvider(ctx);
  const type = await createTestAppointmentType(ctx, { providerIds: [provider.id] });
  const operatory = await createTestOperatory(ctx);
  const [row] = await ctx.engine.rawTransaction((tx) =>
    tx.query<{ id: string }>(
      `INSERT INTO appointments (patient_id, provider_id, operatory_id, appointment_type_id, status, period, blocked)
       VALUES ($1, $2, $3, $4, 'scheduled',
               tstzrange($5::timestamptz, $5::timestamptz + interval '30 minutes'),
               tstzrange($5::timestamptz, $5::timestamptz + interval '30 minutes'))
       RETURNING id`,
      [patientId, provider.id, operatory.id, type.id, startsAt],
    ),
  );
  if (!row) throw new Error('appointment insert returned nothing');
  return { id: row.id, providerId: provider.id };
}
