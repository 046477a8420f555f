import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../db/engine.ts';
import { appointments } from '../../db/schema.ts';
import { occupiesTime } from './appointment-rows.ts';
import type { Busy } from './availability.ts';

/**
 * The patient's and the chair's taken time, written as the provider's busy time so that the
 * availability engine offers only starts at which this very visit would be booked. The chair is
 * taken with its buffer; the patient only for the visit itself (a patient has no clean-up), and
 * since the engine checks visit plus buffer, the patient's visit is moved by our buffer: the
 * engine's [start, end + buffer) meets [s + buffer, e) exactly when [start, end) meets [s, e).
 */
export async function patientAndChairBusy(
  db: Db,
  visit: { patientId: string; providerId: string; operatoryId: string | null; bufferMinutes: number },
  window: { start: Temporal.Instant; end: Temporal.Instant },
  now: Date,
  ignoreAppointmentId?: string,
): Promise<Busy[]> {
  const range = sql`tstzrange(${window.start.toString()}::timestamptz, ${window.end.toString()}::timestamptz, '[)')`;
  const rows = await db
    .select({
      patientId: appointments.patientId,
      operatoryId: appointments.operatoryId,
      periodStart: epochMs(sql`lower(${appointments.period})`),
      periodEnd: epochMs(sql`upper(${appointments.period})`),
      blockedEnd: epochMs(sql`upper(${appointments.blocked})`),
    })
    .from(appointments)
    .where(
      and(
        sql`${appointments.blocked} && ${range}`,
        occupiesTime(now),
        ignoreAppointmentId ? sql`${appointments.id} <> ${ignoreAppointmentId}` : undefined,
        or(
          eq(appointments.patientId, visit.patientId),
          visit.operatoryId ? eq(appointments.operatoryId, visit.operatoryId) : undefined,
        ),
      ),
    );
  const bufferMs = visit.bufferMinutes * 60_000;
  const busy: Busy[] = [];
  const add = (startMs: number, endMs: number) => {
    if (endMs > startMs)
      busy.push({ providerId: visit.providerId, start: instant(startMs), end: instant(endMs) });
  };
  for (const row of rows) {
    if (visit.operatoryId && row.operatoryId === visit.operatoryId) add(row.periodStart, row.blockedEnd);
    if (row.patientId === visit.patientId) {
      // A buffer longer than the patient's visit: the shifted range is empty, so the whole
      // visit is taken instead (stricter, never wrong).
      if (row.periodStart + bufferMs < row.periodEnd) add(row.periodStart + bufferMs, row.periodEnd);
      else add(row.periodStart, row.periodEnd);
    }
  }
  return busy;
}

function instant(ms: number): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds(ms);
}

function epochMs(value: SQL) {
  return sql<number>`floor(extract(epoch from ${value}) * 1000)::float8`.mapWith(Number);
}
