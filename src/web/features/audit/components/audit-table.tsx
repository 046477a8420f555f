import { Anchor, Badge, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AuditEventSummary, type AuditOutcome, isAuditAction } from '../../../../shared/audit.ts';
import { type Role, roles } from '../../../../shared/permissions.ts';
import { dateTimeFormat, type LocaleFormat } from '../../../i18n/format.ts';
import { auditNamespace } from '../i18n.ts';

const outcomeColors: Record<AuditOutcome, string> = { success: 'teal', failure: 'orange', denied: 'red' };
const isRole = (role: string): role is Role => (roles as readonly string[]).includes(role);

type Props = { events: AuditEventSummary[]; format: LocaleFormat };

export function AuditTable({ events, format }: Props) {
  const { t } = useTranslation(auditNamespace);
  // The clinic's zone, as the date filters read; seconds matter here.
  const timeFormat = dateTimeFormat(format, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="xs" fz="sm" aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.when')}</Table.Th>
            <Table.Th>{t('table.actor')}</Table.Th>
            <Table.Th>{t('table.action')}</Table.Th>
            <Table.Th>{t('table.entity')}</Table.Th>
            <Table.Th>{t('table.patient')}</Table.Th>
            <Table.Th>{t('table.ip')}</Table.Th>
            <Table.Th>{t('table.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <time dateTime={event.at}>{timeFormat.format(new Date(event.at))}</time>
              </Table.Td>
              <Table.Td>
                <ActorCell event={event} />
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {isAuditAction(event.action) && <Text size="sm">{t(`actions.${event.action}`)}</Text>}
                  <Code c="dimmed" fz="xs" w="fit-content">
                    {event.action}
                  </Code>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{event.entity}</Text>
                {event.entityId && <Id value={event.entityId} />}
              </Table.Td>
              <Table.Td>
                <PatientCell event={event} />
              </Table.Td>
              <Table.Td>{event.ip ?? '—'}</Table.Td>
              <Table.Td>
                <Badge color={outcomeColors[event.outcome]}>{t(`outcomes.${event.outcome}`)}</Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ActorCell({ event }: { event: AuditEventSummary }) {
  const { t } = useTranslation(auditNamespace);
  const { t: tCommon } = useTranslation();
  const role = event.actorRole;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={event.actorName ? 500 : undefined}>
        {event.actorName ?? (event.actorId ? t('table.unknownUser') : t('table.anonymous'))}
      </Text>
      {role !== null && (
        <Text size="xs" c="dimmed">
          {isRole(role) ? tCommon(`roles.${role}`) : role}
        </Text>
      )}
      {event.actorId && !event.actorName && <Id value={event.actorId} />}
    </Stack>
  );
}

function PatientCell({ event }: { event: AuditEventSummary }) {
  const { t } = useTranslation(auditNamespace);
  if (!event.patientId) return '—';
  if (!event.patientName) {
    return (
      <Stack gap={0}>
        <Text size="sm">{t('table.unknownPatient')}</Text>
        <Id value={event.patientId} />
      </Stack>
    );
  }
  return (
    <Anchor component={Link} to={`/patients/${event.patientId}`} size="sm">
      {event.patientName}
    </Anchor>
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
