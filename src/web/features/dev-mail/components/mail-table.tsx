import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { DevMail } from '../../../../shared/dev-mail.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function MailTable({ mails }: { mails: DevMail[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label="Mail">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Received</Table.Th>
            <Table.Th>To</Table.Th>
            <Table.Th>Subject</Table.Th>
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
