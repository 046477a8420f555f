import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestAppointmentType } from '../../../../test/factories/scheduling.ts';
import { createWeekdayProvider, setUpNewYorkClinic } from '../../../../test/factories/scheduling-clinic.ts';

// Monday 2 March 2026, 07:00 in New York.
const clock = new Date('2026-03-02T12:00:00Z');
const { app, ctx, database } = await createTestApp({}, { now: () => clock });
const staff = await authHeader(app, 'staff');
await setUpNewYorkClinic(app);
const cleaning = await createTestAppointmentType(ctx, { durationMinutes: 30, bufferMinutes: 10 });

// Fewer racers than pool connections (20 in tests): each can wait inside its transaction while
// the others still get connections for their checks.
const racers = 16;

/** How many sessions of this database wait for a lock (a row, a transaction, an advisory lock). */
async function lockWaiters(client: pg.Client): Promise<number> {
  // Inside a transaction pg_stat_activity is a snapshot taken at first use; take a fresh one.
  await client.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return rows[0]?.n ?? 0;
}

// Needs a second connection holding a transaction open, which only a PostgreSQL server has.
describe.skipIf(database.url === undefined)('bookings queued behind a write that rolls back', () => {
  it('end as one 201 and the rest 409, without deadlock victims or one-second waits', async () => {
    const provider = await createWeekdayProvider(ctx);
    const patients = await Promise.all(Array.from({ length: racers + 1 }, () => createTestPatient(ctx)));
    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    try {
      // Another writer has the slot, uncommitted: every booking for it must wait for the outcome.
      await blocker.query('BEGIN');
      await blocker.query(
        `INSERT INTO appointments (patient_id, provider_id, appointment_type_id, status, period, blocked)
         VALUES ($1, $2, $3, 'scheduled',
                 tstzrange('2026-03-18T13:00Z', '2026-03-18T13:30Z'),
                 tstzrange('2026-03-18T13:00Z', '2026-03-18T13:40Z'))`,
        [patients[racers]?.id, provider.id, cleaning.id],
      );
      const responses = Promise.all(
        patients.slice(0, racers).map((patient) =>
          app.inject({
            method: 'POST',
            url: '/api/v1/appointments',
            headers: staff,
            payload: {
              patientId: patient.id,
              providerId: provider.id,
              appointmentTypeId: cleaning.id,
              start: '2026-03-18T09:00:00-04:00',
            },
          }),
        ),
      );
      const deadline = Date.now() + 15_000;
      while ((await lockWaiters(blocker)) < racers && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(await lockWaiters(blocker)).toBe(racers);

      // The other writer gives up. Without turns, every booking would wake at once, find the
      // others' uncommitted index entries, wait on them in cycles, and PostgreSQL would break
      // one cycle per deadlock_timeout (1 s), each victim a 500: minutes for 200 requests.
      const released = Date.now();
      await blocker.query('ROLLBACK');
      const statuses = (await responses).map((response) => response.statusCode);
      const elapsed = Date.now() - released;

      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(racers - 1);
      // Deadlock victims run again instead of failing, but each cycle still costs a second:
      // taking turns is what keeps this far below one second per racer.
      expect(elapsed).toBeLessThan((racers * 1000) / 2);
    } finally {
      await blocker.end();
    }
  }, 60_000);
});
