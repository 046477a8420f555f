import type { AllergySeverity } from '../../../../shared/medical-history.ts';
import type { PatientAlert } from '../../../../shared/patients.ts';

export type AlertPresentation = {
  color: string;
  variant: 'filled' | 'light' | 'outline';
  /** Shape as well as colour, so severity reads without colour vision. */
  icon: string;
  text: string;
};

const kindLabels: Record<PatientAlert['kind'], string> = {
  allergy: 'Allergy',
  alert: 'Alert',
  condition: 'Condition',
  medication: 'Medication',
};

type AlertSeverity = NonNullable<PatientAlert['severity']>;

// Allergies are recorded as mild/moderate/severe and reach the badges as low/moderate/high:
// say them in the words the clinician chose.
const severityWords: Record<'allergy' | 'other', Record<AlertSeverity, string>> = {
  allergy: { low: 'mild', moderate: 'moderate', high: 'severe' },
  other: { low: 'low', moderate: 'moderate', high: 'high' },
};

/** How one alert badge looks: red, filled and ⚠ for high severity; text always names it. */
export function alertPresentation(alert: PatientAlert): AlertPresentation {
  const words = severityWords[alert.kind === 'allergy' ? 'allergy' : 'other'];
  const text = `${kindLabels[alert.kind]}: ${alert.label}${alert.severity ? ` · ${words[alert.severity]}` : ''}`;
  switch (alert.severity) {
    case 'high':
      return { color: 'red', variant: 'filled', icon: '⚠', text };
    case 'moderate':
      return { color: 'orange', variant: 'light', icon: '▲', text };
    default:
      return { color: 'gray', variant: 'outline', icon: '●', text };
  }
}

const allergySeverityLabels: Record<AllergySeverity, string> = {
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
};
const alertSeverityOfAllergy: Record<AllergySeverity, AlertSeverity> = {
  mild: 'low',
  moderate: 'moderate',
  severe: 'high',
};

/** An allergy's severity as a badge: the same colours and icons as the header's alerts. */
export function allergySeverityPresentation(severity: AllergySeverity): AlertPresentation {
  const look = alertPresentation({ kind: 'allergy', label: '', severity: alertSeverityOfAllergy[severity] });
  return { ...look, text: allergySeverityLabels[severity] };
}

export const allergySeverityOptions = Object.entries(allergySeverityLabels).map(([value, label]) => ({
  value,
  label,
}));
