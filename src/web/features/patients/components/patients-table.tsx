import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatientSummary } from '../../../../shared/patients.ts';
import { patientsNamespace } from '../i18n.ts';
import { AlertBadges } from './alert-badges.tsx';
import { formatPhone } from './format-phone.ts';
import { formatCalendarDate } from './patient-dates.ts';
import { displayName } from './patient-name.ts';
import { useClinicFormat } from './use-clinic-format.ts';

type Props = { patients: PatientSummary[]; locale: string };

export function PatientsTable({ patients, locale }: Props) {
  const { t } = useTranslation(patientsNamespace);
  const { country } = useClinicFormat();
  if (patients.length === 0) return <Text c="dimmed">{t('list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label={t('list.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.name')}</Table.Th>
            <Table.Th>{t('list.dateOfBirth')}</Table.Th>
            <Table.Th>{t('list.phone')}</Table.Th>
            <Table.Th>{t('list.email')}</Table.Th>
            <Table.Th>{t('list.alerts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.map((patient) => (
            <Table.Tr key={patient.id}>
              <Table.Td>
                <Anchor component={Link} to={`/patients/${encodeURIComponent(patient.id)}`}>
                  {displayName(patient)}
                </Anchor>
                {patient.archived && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    {t('list.archived')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatCalendarDate(patient.dateOfBirth, locale)}</Table.Td>
              <Table.Td>{patient.phone ? formatPhone(patient.phone, country) : '—'}</Table.Td>
              <Table.Td>{patient.email ?? '—'}</Table.Td>
              <Table.Td>
                <AlertBadges alerts={patient.alerts} max={3} size="xs" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
