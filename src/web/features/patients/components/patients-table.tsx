import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PatientSummary } from '../../../../shared/patients.ts';
import { AlertBadges } from './alert-badges.tsx';
import { formatCalendarDate } from './patient-dates.ts';
import { displayName } from './patient-name.ts';

type Props = { patients: PatientSummary[]; locale: string };

export function PatientsTable({ patients, locale }: Props) {
  if (patients.length === 0) return <Text c="dimmed">No patients found.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label="Patients">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Date of birth</Table.Th>
            <Table.Th>Phone</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Alerts</Table.Th>
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
                    (archived)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatCalendarDate(patient.dateOfBirth, locale)}</Table.Td>
              <Table.Td>{patient.phone ?? '—'}</Table.Td>
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
