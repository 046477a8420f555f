import { and, asc, eq, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { Appointment, AppointmentListItem, AppointmentStatus } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { appointments, patients } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { decodeCursor, encodeCursor } from '../../lib/page-cursor.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { currentAlerts } from '../medical-history/current-alerts.ts';
import { appointmentColumns, toAppointment } from './appointment-rows.ts';
import { findVisibleAppointment, visibleAppointments } from './appointment-scope.ts';

const appointmentPosition = z.tuple([z.iso.datetime({ offset: true }), z.uuid()]);

export type AppointmentQuery = {
  from?: string | undefined;
  to?: string | undefined;
  providerId?: string | undefined;
  patientId?: string | undefined;
  status?: AppointmentStatus | undefined;
  limit: number;
  cursor?: string | undefined;
};

/** A date means the start of that local day in the clinic's zone; `to` as a date includes the whole day. */
function boundary(value: string | undefined, timeZone: string, endOfDay: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = Temporal.PlainDate.from(value);
    return (endOfDay ? date.add({ days: 1 }) : date).toZonedDateTime({ timeZone }).toInstant().toString();
  }
  return Temporal.Instant.from(value).toString();
}

// The patient's name comes with the appointment row (one join); their alerts take one more query
// for the whole page. A calendar of 300 visits is then three statements, not 300 patient reads.
const patientNameColumns = {
  patientFirstName: patients.firstName,
  patientLastName: patients.lastName,
  patientPreferredName: patients.preferredName,
  patientArchivedAt: patients.archivedAt,
};

/**
 * Appointments overlapping [from, to), in start order, as far as the caller may see them. Staff
 * also get each patient's name and alerts; a patient lists only their own family's visits and
 * gets no `patient` member.
 */
export async function listAppointments(
  ctx: AppContext,
  actor: Actor,
  query: AppointmentQuery,
  source: AuditSource,
) {
  const { timeZone } = await getClinicSettings(ctx.db);
  const from = boundary(query.from, timeZone, false);
  const to = boundary(query.to, timeZone, true);
  const [afterStart, afterId] = decodeCursor(query.cursor, appointmentPosition) ?? [];
  const after =
    afterStart && afterId ? { start: Temporal.Instant.from(afterStart).toString(), id: afterId } : undefined;
  return withTransaction(ctx.db, async (tx) => {
    const rows = await tx
      .select({ ...appointmentColumns, ...patientNameColumns })
      .from(appointments)
      .innerJoin(patients, eq(patients.id, appointments.patientId))
      .where(
        and(
          sql`${appointments.status} NOT IN ('held', 'expired')`,
          visibleAppointments(actor),
          from || to
            ? sql`${appointments.period} && tstzrange(${from ?? null}::timestamptz, ${to ?? null}::timestamptz, '[)')`
            : undefined,
          query.providerId ? eq(appointments.providerId, query.providerId) : undefined,
          query.patientId ? eq(appointments.patientId, query.patientId) : undefined,
          query.status ? eq(appointments.status, query.status) : undefined,
          after
            ? sql`(lower(${appointments.period}), ${appointments.id}) > (${after.start}::timestamptz, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(sql`lower(${appointments.period})`), asc(appointments.id))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const patientIds = [...new Set(page.map((row) => row.patientId))];
    await ctx.audit.record(tx, {
      ...source,
      action: 'appointments.list',
      entity: 'appointment',
      outcome: 'success',
      detail: { from: from ?? null, to: to ?? null, count: page.length, patientIds },
    });
    const withPatients = actor.role !== 'patient';
    const alerts = withPatients ? await currentAlerts(tx, patientIds) : new Map();
    const items = page.map((row): AppointmentListItem => {
      const appointment = toAppointment(row);
      if (!withPatients) return appointment;
      return {
        ...appointment,
        patient: {
          id: row.patientId,
          firstName: row.patientFirstName,
          lastName: row.patientLastName,
          preferredName: row.patientPreferredName,
          archived: row.patientArchivedAt !== null,
          alerts: alerts.get(row.patientId) ?? [],
        },
      };
    });
    return {
      items,
      nextCursor:
        rows.length > query.limit && last ? encodeCursor([last.start.toISOString(), last.id]) : null,
    };
  });
}

export async function getAppointment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  source: AuditSource,
): Promise<Appointment> {
  const row = await findVisibleAppointment(ctx.db, actor, id);
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'appointments.read',
    entity: 'appointment',
    entityId: id,
    patientId: row.patientId,
    outcome: 'success',
  });
  return toAppointment(row);
}
