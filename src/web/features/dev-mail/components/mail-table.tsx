import { Anchor, Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DevMail } from '../../../../shared/dev-mail.ts';
import { devMailNamespace } from '../i18n.ts';

export function MailTable({ mails }: { mails: DevMail[] }) {
  const { t, i18n } = useTranslation(devMailNamespace);
  const timeFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'medium' }),
    [i18n.resolvedLanguage],
  );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.received')}</Table.Th>
            <Table.Th>{t('table.to')}</Table.Th>
            <Table.Th>{t('table.subject')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mails.map((mail) => (
            <Table.Tr key={mail.id}>
              <Table.Td>
                <time dateTime={mail.createdAt}>{timeFormat.format(new Date(mail.createdAt))}</time>
              </Table.Td>
              <Table.Td>{mail.to}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/dev/mail/${mail.id}`}>
                  {mail.subject}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
