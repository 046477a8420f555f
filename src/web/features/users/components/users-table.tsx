import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/users.ts';
import { usersNamespace } from '../i18n.ts';
import type { UserAction } from './user-action.ts';
import { UserRow } from './user-row.tsx';

type Props = { users: User[]; currentUserId: string; onAction: (action: UserAction) => void };

export function UsersTable({ users, currentUserId, onAction }: Props) {
  const { t } = useTranslation(usersNamespace);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.role')}</Table.Th>
            <Table.Th>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.twoFactor')}</Table.Th>
            <Table.Th>{t('table.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} isSelf={user.id === currentUserId} onAction={onAction} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
