import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppointmentPatient } from '../../../../shared/scheduling.ts';
import { displayName } from '../../patients/index.ts';
import { providerDashboardNamespace } from '../i18n.ts';

type Props = { patientId: string; patient: AppointmentPatient | undefined; fw?: number };

/** The patient's name linking to their chart; while their details load, a link all the same. */
export function PatientLink({ patientId, patient, fw }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  return (
    <Anchor component={Link} to={`/patients/${encodeURIComponent(patientId)}`} fw={fw}>
      {patient ? (
        displayName(patient)
      ) : (
        <Text span inherit>
          {t('myDay.patientLoading')}
        </Text>
      )}
    </Anchor>
  );
}
