import type { TFunction } from 'i18next';
import type { AlertFlag, AllergySeverity, MedicalAlert } from '../../../../shared/medical-history.ts';
import type { PatientAlert } from '../../../../shared/patients.ts';

type PatientsT = TFunction<'patients'>;

export type AlertPresentation = {
  color: string;
  variant: 'filled' | 'light' | 'outline';
  /** Shape as well as colour, so severity reads without colour vision. */
  icon: string;
  text: string;
};

type AlertSeverity = NonNullable<PatientAlert['severity']>;

// Allergies are recorded as mild/moderate/severe and reach the badges as low/moderate/high:
// say them in the words the clinician chose.
const allergySeverityOf: Record<AlertSeverity, AllergySeverity> = {
  low: 'mild',
  moderate: 'moderate',
  high: 'severe',
};

/** A flag's name in the user's language. */
export function flagLabel(flag: AlertFlag, t: PatientsT): string {
  return t(`alerts.flags.${flag}`);
}

/** How a recorded alert flag reads: the flag's name, or for `other` what the clinician wrote. */
export function medicalAlertLabel(alert: MedicalAlert, t: PatientsT): string {
  return alert.flag === 'other' && alert.note ? alert.note : flagLabel(alert.flag, t);
}

// A flag is named in the user's language; `other` by its label, which is the note as written
// (even one that reads like a flag's English name), and so is anything else.
function badgeLabel(alert: PatientAlert, t: PatientsT): string {
  return alert.kind === 'alert' && alert.flag && alert.flag !== 'other'
    ? flagLabel(alert.flag, t)
    : alert.label;
}

function severityWord(alert: PatientAlert & { severity: AlertSeverity }, t: PatientsT): string {
  return alert.kind === 'allergy'
    ? t(`alerts.allergySeverityWords.${allergySeverityOf[alert.severity]}`)
    : t(`alerts.alertSeverityWords.${alert.severity}`);
}

/** How one alert badge looks: red, filled and ⚠ for high severity; text always names it. */
export function alertPresentation(alert: PatientAlert, t: PatientsT): AlertPresentation {
  const kind = t(`alerts.kinds.${alert.kind}`);
  const label = badgeLabel(alert, t);
  const text = alert.severity
    ? t('alerts.badgeWithSeverity', {
        kind,
        label,
        severity: severityWord({ ...alert, severity: alert.severity }, t),
      })
    : t('alerts.badge', { kind, label });
  switch (alert.severity) {
    case 'high':
      return { color: 'red', variant: 'filled', icon: '⚠', text };
    case 'moderate':
      // Amber, filled, with the dark text autoContrast gives it: an orange tint with orange text
      // fails WCAG contrast, and a light badge given a shade is filled with it, text and all.
      return { color: 'yellow.4', variant: 'filled', icon: '▲', text };
    default:
      return { color: 'gray', variant: 'outline', icon: '●', text };
  }
}

const alertSeverityOfAllergy: Record<AllergySeverity, AlertSeverity> = {
  mild: 'low',
  moderate: 'moderate',
  severe: 'high',
};

/** An allergy's severity as a badge: the same colours and icons as the header's alerts. */
export function allergySeverityPresentation(severity: AllergySeverity, t: PatientsT): AlertPresentation {
  const look = alertPresentation(
    { kind: 'allergy', label: '', severity: alertSeverityOfAllergy[severity] },
    t,
  );
  return { ...look, text: t(`alerts.allergySeverities.${severity}`) };
}

export function allergySeverityOptions(t: PatientsT): { value: AllergySeverity; label: string }[] {
  return (['mild', 'moderate', 'severe'] as const).map((value) => ({
    value,
    label: t(`alerts.allergySeverities.${value}`),
  }));
}
