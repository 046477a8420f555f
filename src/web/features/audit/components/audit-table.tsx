import { Badge, Code, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEventSummary, AuditOutcome } from '../../../../shared/audit.ts';
import { type Role, roles } from '../../../../shared/permissions.ts';
import { auditNamespace } from '../i18n.ts';

const outcomeColors: Record<AuditOutcome, string> = { success: 'teal', failure: 'orange', denied: 'red' };
const isRole = (role: string): role is Role => (roles as readonly string[]).includes(role);

export function AuditTable({ events }: { events: AuditEventSummary[] }) {
  const { t, i18n } = useTranslation(auditNamespace);
  const { t: tCommon } = useTranslation();
  // In the user's language and the viewer's own zone, as the date filters read; seconds matter here.
  const timeFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'medium' }),
    [i18n.resolvedLanguage],
  );
  return (
    <Table.ScrollContainer minWidth={900}>
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
                <Text size="sm">
                  {event.actorRole === null
                    ? t('table.anonymous')
                    : isRole(event.actorRole)
                      ? tCommon(`roles.${event.actorRole}`)
                      : event.actorRole}
                </Text>
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
                <Badge color={outcomeColors[event.outcome]}>{t(`outcomes.${event.outcome}`)}</Badge>
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
