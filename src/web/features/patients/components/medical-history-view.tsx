import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MedicalHistoryContent } from '../../../../shared/medical-history.ts';
import { patientsNamespace } from '../i18n.ts';
import { medicalAlertLabel } from './alert-presentation.ts';
import { SeverityBadge } from './severity-badge.tsx';

function Section({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation(patientsNamespace);
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('history.noneRecorded')}
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
  const { t } = useTranslation(patientsNamespace);
  const column = (
    name:
      | 'substance'
      | 'reaction'
      | 'severity'
      | 'medication'
      | 'dose'
      | 'frequency'
      | 'notes'
      | 'condition'
      | 'since',
  ) => t(`history.columns.${name}`);
  return (
    <Stack gap="lg">
      <Section title={t('history.sections.allergies')} empty={history.allergies.length === 0}>
        <SimpleTable
          head={[column('substance'), column('reaction'), column('severity')]}
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
      <Section title={t('history.sections.medications')} empty={history.medications.length === 0}>
        <SimpleTable
          head={[column('medication'), column('dose'), column('frequency'), column('notes')]}
          rows={history.medications.map((medication) => ({
            key: medication.name,
            cells: [medication.name, medication.dose, medication.frequency, medication.notes],
          }))}
        />
      </Section>
      <Section title={t('history.sections.conditions')} empty={history.conditions.length === 0}>
        <SimpleTable
          head={[column('condition'), column('since'), column('notes')]}
          rows={history.conditions.map((condition) => ({
            key: condition.name,
            cells: [condition.name, condition.since, condition.notes],
          }))}
        />
      </Section>
      <Section title={t('history.sections.alerts')} empty={history.alerts.length === 0}>
        <Group gap="xs">
          {history.alerts.map((alert) => (
            <Badge
              key={`${alert.flag}:${alert.note ?? ''}`}
              color="red"
              tt="none"
              leftSection={<span aria-hidden="true">⚠</span>}
            >
              {medicalAlertLabel(alert, t)}
              {alert.flag !== 'other' && alert.note ? ` · ${alert.note}` : ''}
            </Badge>
          ))}
        </Group>
      </Section>
      <Section title={t('history.sections.notes')} empty={history.notes === null}>
        <Text style={{ whiteSpace: 'pre-line' }}>{history.notes}</Text>
      </Section>
    </Stack>
  );
}
