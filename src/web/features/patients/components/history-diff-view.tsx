import { Badge, Box, Group, Stack, Text, Title } from '@mantine/core';
import type { EntryDiff, FieldChange, HistoryDiff } from './history-diff.ts';

type Status = EntryDiff['status'];

// Each status has a word and a sign as well as a colour.
const statusLook: Record<Exclude<Status, 'unchanged'>, { label: string; sign: string; color: string }> = {
  added: { label: 'Added', sign: '+', color: 'green' },
  removed: { label: 'Removed', sign: '−', color: 'red' },
  changed: { label: 'Changed', sign: '~', color: 'orange' },
};

const insStyle = {
  background: 'var(--mantine-color-green-light)',
  textDecoration: 'none',
  padding: '0 2px',
  borderRadius: 2,
};
const delStyle = { background: 'var(--mantine-color-red-light)', padding: '0 2px', borderRadius: 2 };

function StatusBadge({ status }: { status: Exclude<Status, 'unchanged'> }) {
  const look = statusLook[status];
  return (
    <Badge
      color={look.color}
      variant="light"
      tt="none"
      size="sm"
      leftSection={<span aria-hidden="true">{look.sign}</span>}
    >
      {look.label}
    </Badge>
  );
}

function FieldLine({ change, status }: { change: FieldChange; status: Exclude<Status, 'unchanged'> }) {
  if (status === 'added') {
    return change.after === null ? null : (
      <Text size="sm">
        {change.field}: <ins style={insStyle}>{change.after}</ins>
      </Text>
    );
  }
  if (status === 'removed') {
    return change.before === null ? null : (
      <Text size="sm">
        {change.field}: <del style={delStyle}>{change.before}</del>
      </Text>
    );
  }
  if (change.before === change.after) return null;
  return (
    <Text size="sm">
      {change.field}: {change.before === null ? <em>empty</em> : <del style={delStyle}>{change.before}</del>}
      {' → '}
      {change.after === null ? <em>empty</em> : <ins style={insStyle}>{change.after}</ins>}
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
  if (!diff.changed) {
    return (
      <Text size="sm" c="dimmed">
        No differences: this version confirmed the history as it was.
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
        return (
          <Stack key={section.section} gap={4} component="section" aria-label={`${section.title} changes`}>
            <Title order={5}>{section.title}</Title>
            <Stack component="ul" gap={6} m={0} p={0}>
              {changed.map((entry) => (
                <EntryChange key={`${entry.status}:${entry.label}`} entry={entry} />
              ))}
            </Stack>
            {unchanged > 0 && (
              <Text size="xs" c="dimmed">
                {unchanged} unchanged
              </Text>
            )}
          </Stack>
        );
      })}
      {notes.status !== 'unchanged' && (
        <Stack gap={4} component="section" aria-label="Notes changes">
          <Title order={5}>Notes</Title>
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
