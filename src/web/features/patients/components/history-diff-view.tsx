import { Badge, Box, Group, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AlertFlag, AllergySeverity } from '../../../../shared/medical-history.ts';
import { patientsNamespace } from '../i18n.ts';
import type { EntryDiff, FieldChange, HistoryDiff } from './history-diff.ts';

type Status = Exclude<EntryDiff['status'], 'unchanged'>;
type PatientsT = TFunction<'patients'>;

// Each status has a word and a sign as well as a colour.
const statusLook: Record<Status, { sign: string; color: string }> = {
  added: { sign: '+', color: 'green' },
  removed: { sign: '−', color: 'red' },
  changed: { sign: '~', color: 'orange' },
};

const insStyle = {
  background: 'var(--mantine-color-green-light)',
  textDecoration: 'none',
  padding: '0 2px',
  borderRadius: 2,
};
const delStyle = { background: 'var(--mantine-color-red-light)', padding: '0 2px', borderRadius: 2 };

/** A recorded value as it reads: severities and flags by their names, text as written. */
function valueText(change: FieldChange, value: string, t: PatientsT): string {
  if (change.field === 'severity') {
    const severity = AllergySeverity.safeParse(value);
    if (severity.success) return t(`alerts.allergySeverityWords.${severity.data}`);
  }
  if (change.field === 'flag') {
    const flag = AlertFlag.safeParse(value);
    if (flag.success) return t(`alerts.flags.${flag.data}`);
  }
  return value;
}

function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation(patientsNamespace);
  const look = statusLook[status];
  return (
    <Badge
      color={look.color}
      variant="light"
      tt="none"
      size="sm"
      leftSection={<span aria-hidden="true">{look.sign}</span>}
    >
      {t(`history.diff.statuses.${status}`)}
    </Badge>
  );
}

function FieldLine({ change, status }: { change: FieldChange; status: Status }) {
  const { t } = useTranslation(patientsNamespace);
  const field = t(`history.diff.fields.${change.field}`);
  const empty = <em>{t('history.diff.empty')}</em>;
  if (status === 'added') {
    return change.after === null ? null : (
      <Text size="sm">
        {field}: <ins style={insStyle}>{valueText(change, change.after, t)}</ins>
      </Text>
    );
  }
  if (status === 'removed') {
    return change.before === null ? null : (
      <Text size="sm">
        {field}: <del style={delStyle}>{valueText(change, change.before, t)}</del>
      </Text>
    );
  }
  if (change.before === change.after) return null;
  return (
    <Text size="sm">
      {field}:{' '}
      {change.before === null ? empty : <del style={delStyle}>{valueText(change, change.before, t)}</del>}
      {' → '}
      {change.after === null ? empty : <ins style={insStyle}>{valueText(change, change.after, t)}</ins>}
    </Text>
  );
}

function EntryChange({ entry }: { entry: EntryDiff }) {
  const status = entry.status;
  if (status === 'unchanged') return null;
  const look = statusLook[status];
  return (
    <Box
      component="li"
      data-status={status}
      pl="sm"
      py={4}
      style={{ borderLeft: `4px solid var(--mantine-color-${look.color}-filled)`, listStyle: 'none' }}
    >
      <Group gap="xs">
        <StatusBadge status={status} />
        <Text fw={600} size="sm" td={status === 'removed' ? 'line-through' : undefined}>
          {entry.label}
        </Text>
      </Group>
      <Stack gap={0} mt={2}>
        {/* The first field is the entry's name, already in the heading unless it was edited. */}
        {entry.fields.slice(status === 'changed' ? 0 : 1).map((change) => (
          <FieldLine key={change.field} change={change} status={status} />
        ))}
      </Stack>
    </Box>
  );
}

/** Added, removed and changed entries of two versions, section by section. */
export function HistoryDiffView({ diff }: { diff: HistoryDiff }) {
  const { t } = useTranslation(patientsNamespace);
  if (!diff.changed) {
    return (
      <Text size="sm" c="dimmed">
        {t('history.diff.noDifferences')}
      </Text>
    );
  }
  const notes = diff.notes;
  return (
    <Stack gap="sm">
      {diff.sections.map((section) => {
        const changed = section.entries.filter((entry) => entry.status !== 'unchanged');
        if (changed.length === 0) return null;
        const unchanged = section.entries.length - changed.length;
        const title = t(`history.sections.${section.section}`);
        return (
          <Stack
            key={section.section}
            gap={4}
            component="section"
            aria-label={t('history.diff.changesOf', { section: title })}
          >
            <Title order={5}>{title}</Title>
            <Stack component="ul" gap={6} m={0} p={0}>
              {changed.map((entry) => (
                <EntryChange key={`${entry.status}:${entry.label}`} entry={entry} />
              ))}
            </Stack>
            {unchanged > 0 && (
              <Text size="xs" c="dimmed">
                {t('history.diff.unchanged', { count: unchanged })}
              </Text>
            )}
          </Stack>
        );
      })}
      {notes.status !== 'unchanged' && (
        <Stack gap={4} component="section" aria-label={t('history.diff.notesChanges')}>
          <Title order={5}>{t('history.sections.notes')}</Title>
          <Group gap="xs" align="flex-start">
            <StatusBadge status={notes.status} />
            <Stack gap={2}>
              {notes.before !== null && (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  <del style={delStyle}>{notes.before}</del>
                </Text>
              )}
              {notes.after !== null && (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  <ins style={insStyle}>{notes.after}</ins>
                </Text>
              )}
            </Stack>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
