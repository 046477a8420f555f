import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { appointments, patients } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import type { Actor } from '../auth/authenticate.ts';
import { visiblePatients } from '../patients/patient-scope.ts';
import { type AppointmentRow, appointmentColumns } from './appointment-rows.ts';

/** Appointments the actor may see: all for staff, their own (and minor dependants') for patients. */
export function visibleAppointments(actor: Actor): SQL | undefined {
  const patientCondition = visiblePatients(actor);
  if (!patientCondition) return undefined;
  return inArray(
    appointments.patientId,
    sql`(SELECT ${patients.id} FROM ${patients} WHERE ${patientCondition})`,
  );
}

/** A real appointment (not a hold) the actor may see, optionally locked for update; otherwise 404. */
export async function findVisibleAppointment(
  db: Db | Tx,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<AppointmentRow> {
  const query = db
    .select(appointmentColumns)
    .from(appointments)
    .where(
      and(
        eq(appointments.id, id),
        sql`${appointments.status} NOT IN ('held', 'expired')`,
        visibleAppointments(actor),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('No such appointment.');
  return row;
}
