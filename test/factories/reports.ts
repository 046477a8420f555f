import type { AppContext } from '../../src/server/context.ts';

export type ReportVisit = {
  patientId: string;
  providerId: string;
  appointmentTypeId: string;
  operatoryId?: string | null;
  /** Instants with an offset. */
  start: string;
  end: string;
  status?: 'scheduled' | 'confirmed';
};

/**
 * A visit straight in the database at any time, past ones included (booking through the API
 * would refuse the past and hours nobody works); move it on through the status endpoints.
 */
export async function createReportVisit(ctx: AppContext, visit: ReportVisit): Promise<string> {
  const [row] = await ctx.engine.rawTransaction((tx) =>
    tx.query<{ id: string }>(
      `INSERT INTO appointments (patient_id, provider_id, operatory_id, appointment_type_id, status, period, blocked)
       VALUES ($1, $2, $3, $4, $5, tstzrange($6::timestamptz, $7::timestamptz), tstzrange($6::timestamptz, $7::timestamptz))
       RETURNING id`,
      [
        visit.patientId,
        visit.providerId,
        visit.operatoryId ?? null,
        visit.appointmentTypeId,
        visit.status ?? 'scheduled',
        visit.start,
        visit.end,
      ],
    ),
  );
  if (!row) throw new Error('appointment insert returned nothing');
  return row.id;
}
