import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../../shared/patients.ts';
import { patientsNamespace } from '../i18n.ts';
import { AlertBadges } from './alert-badges.tsx';
import { ArchivePatientButton } from './archive-patient-button.tsx';
import { formatPhone } from './format-phone.ts';
import { ageOn, formatCalendarDate, todayIn } from './patient-dates.ts';
import { displayName } from './patient-name.ts';
import { useClinicFormat } from './use-clinic-format.ts';

/** Who this is, how to reach them, and what could hurt them: visible on every tab. */
export function PatientHeader({ patient }: { patient: Patient }) {
  const { t } = useTranslation(patientsNamespace);
  const { locale, timeZone, country } = useClinicFormat();
  const age = ageOn(patient.dateOfBirth, todayIn(timeZone));
  const phone = patient.phone === null ? null : formatPhone(patient.phone, country);
  const contact = [phone, patient.email].filter((value) => value !== null);
  const born = formatCalendarDate(patient.dateOfBirth, locale);

  return (
    <Paper withBorder p="md" component="section" aria-label={t('header.summary')}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2}>{displayName(patient)}</Title>
              {patient.archived && (
                <Badge color="gray" variant="outline" tt="none">
                  {t('header.archived')}
                </Badge>
              )}
            </Group>
            <Text>
              {age === undefined
                ? t('header.born', { date: born })
                : t('header.ageAndBirth', { count: age, date: born })}
            </Text>
            <Text size="sm" c="dimmed">
              {contact.length > 0 ? contact.join(' · ') : t('header.noContact')}
            </Text>
          </Stack>
          <ArchivePatientButton patient={patient} />
        </Group>
        {patient.alerts.length > 0 ? (
          <AlertBadges alerts={patient.alerts} size="lg" />
        ) : (
          <Text size="sm" c="dimmed">
            {t('header.noAlerts')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
