import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { alertLabel, type MedicalHistoryContent } from '../../../../shared/medical-history.ts';
import { SeverityBadge } from './severity-badge.tsx';

function Section({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          None recorded
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

function SimpleTable({ head, rows }: { head: string[]; rows: { key: string; cells: ReactNode[] }[] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {head.map((cell) => (
              <Table.Th key={cell}>{cell}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, index) => (
                <Table.Td key={head[index]}>{cell ?? '—'}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The current medical history, read-only. */
export function MedicalHistoryView({ history }: { history: MedicalHistoryContent }) {
  return (
    <Stack gap="lg">
      <Section title="Allergies" empty={history.allergies.length === 0}>
        <SimpleTable
          head={['Substance', 'Reaction', 'Severity']}
          rows={history.allergies.map((allergy) => ({
            key: allergy.substance,
            cells: [
              allergy.substance,
              allergy.reaction,
              <SeverityBadge key="s" severity={allergy.severity} />,
            ],
          }))}
        />
      </Section>
      <Section title="Medications" empty={history.medications.length === 0}>
        <SimpleTable
          head={['Medication', 'Dose', 'Frequency', 'Notes']}
          rows={history.medications.map((medication) => ({
            key: medication.name,
            cells: [medication.name, medication.dose, medication.frequency, medication.notes],
          }))}
        />
      </Section>
      <Section title="Conditions" empty={history.conditions.length === 0}>
        <SimpleTable
          head={['Condition', 'Since', 'Notes']}
          rows={history.conditions.map((condition) => ({
            key: condition.name,
            cells: [condition.name, condition.since, condition.notes],
          }))}
        />
      </Section>
      <Section title="Alert flags" empty={history.alerts.length === 0}>
        <Group gap="xs">
          {history.alerts.map((alert) => (
            <Badge
              key={`${alert.flag}:${alert.note ?? ''}`}
              color="red"
              tt="none"
              leftSection={<span aria-hidden="true">⚠</span>}
            >
              {alertLabel(alert)}
              {alert.flag !== 'other' && alert.note ? ` · ${alert.note}` : ''}
            </Badge>
          ))}
        </Group>
      </Section>
      <Section title="Notes" empty={history.notes === null}>
        <Text style={{ whiteSpace: 'pre-line' }}>{history.notes}</Text>
      </Section>
    </Stack>
  );
}
