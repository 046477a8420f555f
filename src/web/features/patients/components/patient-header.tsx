import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Patient } from '../../../../shared/patients.ts';
import { AlertBadges } from './alert-badges.tsx';
import { ArchivePatientButton } from './archive-patient-button.tsx';
import { ageOn, formatCalendarDate, todayIn } from './patient-dates.ts';
import { displayName } from './patient-name.ts';
import { useClinicFormat } from './use-clinic-format.ts';

/** Who this is, how to reach them, and what could hurt them: visible on every tab. */
export function PatientHeader({ patient }: { patient: Patient }) {
  const { locale, timeZone } = useClinicFormat();
  const age = ageOn(patient.dateOfBirth, todayIn(timeZone));
  const contact = [patient.phone, patient.email].filter((value) => value !== null);

  return (
    <Paper withBorder p="md" component="section" aria-label="Patient summary">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2}>{displayName(patient)}</Title>
              {patient.archived && (
                <Badge color="gray" variant="outline" tt="none">
                  Archived
                </Badge>
              )}
            </Group>
            <Text>
              {age === undefined ? '' : `${age} years · `}
              born {formatCalendarDate(patient.dateOfBirth, locale)}
            </Text>
            <Text size="sm" c="dimmed">
              {contact.length > 0 ? contact.join(' · ') : 'No phone or email on record'}
            </Text>
          </Stack>
          <ArchivePatientButton patient={patient} />
        </Group>
        {patient.alerts.length > 0 ? (
          <AlertBadges alerts={patient.alerts} size="lg" />
        ) : (
          <Text size="sm" c="dimmed">
            No allergies or alerts recorded
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
