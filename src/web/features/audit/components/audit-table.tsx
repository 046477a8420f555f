import { Badge, Code, Table, Text } from '@mantine/core';
import type { AuditEventSummary, AuditOutcome } from '../../../../shared/audit.ts';

const outcomeColors: Record<AuditOutcome, string> = { success: 'teal', failure: 'orange', denied: 'red' };
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function AuditTable({ events }: { events: AuditEventSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" fz="sm" aria-label="Audit events">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Entity</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>IP</Table.Th>
            <Table.Th>Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <time dateTime={event.at}>{timeFormat.format(new Date(event.at))}</time>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{event.actorRole ?? 'anonymous'}</Text>
                {event.actorId && <Id value={event.actorId} />}
              </Table.Td>
              <Table.Td>
                <Code>{event.action}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{event.entity}</Text>
                {event.entityId && <Id value={event.entityId} />}
              </Table.Td>
              <Table.Td>{event.patientId ? <Id value={event.patientId} /> : '—'}</Table.Td>
              <Table.Td>{event.ip ?? '—'}</Table.Td>
              <Table.Td>
                <Badge color={outcomeColors[event.outcome]}>{event.outcome}</Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

// Full ids are long; the start is enough to tell them apart and the whole is one hover away.
function Id({ value }: { value: string }) {
  return (
    <Text size="xs" c="dimmed" ff="monospace" title={value}>
      {value.length > 13 ? `${value.slice(0, 8)}…` : value}
    </Text>
  );
}
