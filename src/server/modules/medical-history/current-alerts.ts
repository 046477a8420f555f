import { desc, inArray } from 'drizzle-orm';
import { type AllergySeverity, alertLabel } from '../../../shared/medical-history.ts';
import type { PatientAlert } from '../../../shared/patients.ts';
import type { Db } from '../../db/engine.ts';
import { medicalHistoryVersions } from './medical-history-tables.ts';

type AlertSeverity = NonNullable<PatientAlert['severity']>;

const allergySeverity: Record<AllergySeverity, AlertSeverity> = {
  mild: 'low',
  moderate: 'moderate',
  severe: 'high',
};
const severityRank: Record<AlertSeverity, number> = { high: 0, moderate: 1, low: 2 };

/**
 * The alert badges of each patient (allergies, alert flags…) from their latest medical
 * history version, for the chart header, search results and the calendar. Every id asked for
 * is in the map, with an empty list when nothing is recorded. Most severe first.
 */
export async function currentAlerts(db: Db, patientIds: string[]): Promise<Map<string, PatientAlert[]>> {
  const ids = [...new Set(patientIds)];
  const alertsByPatient = new Map<string, PatientAlert[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return alertsByPatient;
  // One query for a whole page of patients: the latest version of each, read backwards
  // along the primary key (patient_id, version).
  const latest = await db
    .selectDistinctOn([medicalHistoryVersions.patientId], {
      patientId: medicalHistoryVersions.patientId,
      allergies: medicalHistoryVersions.allergies,
      alerts: medicalHistoryVersions.alerts,
    })
    .from(medicalHistoryVersions)
    .where(inArray(medicalHistoryVersions.patientId, ids))
    .orderBy(medicalHistoryVersions.patientId, desc(medicalHistoryVersions.version));
  for (const row of latest) {
    const badges: PatientAlert[] = [
      ...row.alerts.map(
        (alert): PatientAlert => ({
          kind: 'alert',
          flag: alert.flag,
          label: alertLabel(alert),
          severity: 'high',
        }),
      ),
      ...row.allergies.map(
        (allergy): PatientAlert => ({
          kind: 'allergy',
          label: allergy.substance,
          severity: allergySeverity[allergy.severity],
        }),
      ),
    ];
    // Array.prototype.sort is stable: within a severity, alert flags then allergies, as recorded.
    badges.sort((a, b) => severityRank[a.severity ?? 'low'] - severityRank[b.severity ?? 'low']);
    alertsByPatient.set(row.patientId, badges);
  }
  return alertsByPatient;
}
