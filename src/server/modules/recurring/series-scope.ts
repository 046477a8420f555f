import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AppointmentSeries } from '../../../shared/recurring.ts';
import type { Db } from '../../db/engine.ts';
import { appointments, patients } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import type { Actor } from '../auth/authenticate.ts';
import { visiblePatients } from '../patients/patient-scope.ts';
import { type AppointmentRow, appointmentColumns, toAppointment } from '../scheduling/appointment-rows.ts';
import { type AppointmentSeriesRow, appointmentSeries } from './series-tables.ts';

/**
 * The series if the actor may see it (all for staff; their own and their minor dependants' for
 * patients), optionally locked; otherwise 404, exactly as for an id that does not exist.
 */
export async function findVisibleSeries(
  db: Db | Tx,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<AppointmentSeriesRow> {
  const patientCondition = visiblePatients(actor);
  const query = db
    .select()
    .from(appointmentSeries)
    .where(
      and(
        eq(appointmentSeries.id, id),
        patientCondition
          ? inArray(
              appointmentSeries.patientId,
              sql`(SELECT ${patients.id} FROM ${patients} WHERE ${patientCondition})`,
            )
          : undefined,
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('No such appointment series.');
  return row;
}

/** The series' visits in start order; holds never carry a series id, but are left out regardless. */
export async function seriesAppointments(db: Db | Tx, seriesId: string, forUpdate = false) {
  const query = db
    .select(appointmentColumns)
    .from(appointments)
    .where(and(eq(appointments.seriesId, seriesId), sql`${appointments.status} NOT IN ('held', 'expired')`))
    .orderBy(asc(sql`lower(${appointments.period})`), asc(appointments.id));
  return forUpdate ? await query.for('update') : await query;
}

export function toAppointmentSeries(series: AppointmentSeriesRow, rows: AppointmentRow[]): AppointmentSeries {
  return {
    seriesId: series.id,
    patientId: series.patientId,
    providerId: series.providerId,
    appointmentTypeId: series.appointmentTypeId,
    operatoryId: series.operatoryId,
    rrule: series.rrule,
    timeZone: series.timeZone,
    appointments: rows.map(toAppointment),
  };
}
