import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../src/server/context.ts';
import type { Engine } from '../../src/server/db/engine.ts';
import { createTestPatient } from '../factories/patients.ts';
import { createTestAppointmentType, createTestProvider, setWorkingHours } from '../factories/scheduling.ts';
import type { LoadScenario } from './load-scenario.ts';

const providerCount = 8;
const patientCount = 40;

/**
 * Staff bookings, each in a slot of its own (the n-th request gets provider n mod 8, and a
 * half hour of its own from three days ahead), so every refusal would be a fault, not a clash.
 */
export function bookingLoad(): LoadScenario {
  const providerIds: string[] = [];
  const patientIds: string[] = [];
  let typeId = '';
  const firstSlot = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3 * 86_400_000);
  return {
    name: 'bookings',
    async prepare(ctx: AppContext) {
      for (let index = 0; index < providerCount; index++) {
        const provider = await createTestProvider(ctx);
        await setWorkingHours(
          ctx,
          provider.id,
          ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
        );
        providerIds.push(provider.id);
      }
      typeId = (await createTestAppointmentType(ctx, { providerIds, durationMinutes: 30 })).id;
      for (let index = 0; index < patientCount; index++) patientIds.push((await createTestPatient(ctx)).id);
    },
    async send(baseUrl, token, n) {
      const start = new Date(firstSlot.getTime() + Math.floor(n / providerCount) * 30 * 60_000);
      const response = await fetch(`${baseUrl}/api/v1/appointments`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({
          patientId: patientIds[n % patientCount],
          providerId: providerIds[n % providerCount],
          appointmentTypeId: typeId,
          start: start.toISOString(),
          override: true,
        }),
      });
      const body = await response.text();
      if (response.status !== 201) return { status: response.status, body };
      return { id: (JSON.parse(body) as { id: string }).id };
    },
    async check(engine: Engine, acknowledged: string[]) {
      return engine.rawTransaction(async (tx) => {
        const found = await tx.query<{ id: string; copies: number }>(
          'SELECT id::text AS id, count(*)::int AS copies FROM appointments WHERE id = ANY($1::uuid[]) GROUP BY id',
          [acknowledged],
        );
        const present = new Set(found.map((row) => row.id));
        // Two rows for one slot would be a booking written twice.
        const [twice] = await tx.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM (
             SELECT provider_id, lower(period) FROM appointments GROUP BY 1, 2 HAVING count(*) > 1) d`,
        );
        // A booking is its row and its audit event, committed together or not at all.
        const [unaudited] = await tx.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM appointments a
            WHERE NOT EXISTS (SELECT 1 FROM audit_events e
                               WHERE e.entity = 'appointment' AND e.entity_id = a.id::text
                                 AND e.action = 'appointments.book')`,
        );
        return {
          missing: acknowledged.filter((id) => !present.has(id)),
          duplicated: (twice?.count ?? 0) + found.filter((row) => row.copies > 1).length,
          halfWritten: unaudited?.count ?? 0,
        };
      });
    },
  };
}
