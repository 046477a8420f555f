import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatientSummary } from '../../../../shared/patients.ts';
import { patientsNamespace } from '../i18n.ts';
import { formatPhone } from './format-phone.ts';
import { formatCalendarDate } from './patient-dates.ts';
import { displayName } from './patient-name.ts';
import { useClinicFormat } from './use-clinic-format.ts';

type Props = {
  candidates: PatientSummary[];
  locale: string;
  creating: boolean;
  onCreateAnyway: () => void;
};

/** The `409 possible_duplicate` warning: two charts for one person is how allergies get missed. */
export function DuplicateCandidates({ candidates, locale, creating, onCreateAnyway }: Props) {
  const { t } = useTranslation(patientsNamespace);
  const { country } = useClinicFormat();
  return (
    <Alert color="yellow" title={t('newPatient.duplicateTitle')} role="alert">
      <Stack gap="sm">
        <Text size="sm">{t('newPatient.duplicateIntro')}</Text>
        <List spacing="xs" aria-label={t('newPatient.duplicates')}>
          {candidates.map((candidate) => (
            <List.Item key={candidate.id}>
              <Anchor component={Link} to={`/patients/${encodeURIComponent(candidate.id)}`}>
                {displayName(candidate)}
              </Anchor>
              <Text span size="sm" c="dimmed">
                {t('newPatient.duplicateDetails', {
                  date: formatCalendarDate(candidate.dateOfBirth, locale),
                  phone: candidate.phone ? formatPhone(candidate.phone, country) : t('newPatient.noPhone'),
                })}
                {candidate.email ? ` · ${candidate.email}` : ''}
              </Text>
            </List.Item>
          ))}
        </List>
        <Group>
          <Button color="yellow" variant="filled" loading={creating} onClick={onCreateAnyway}>
            {t('newPatient.createAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
