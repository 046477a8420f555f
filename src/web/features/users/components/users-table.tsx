import { Table } from '@mantine/core';
import type { User } from '../../../../shared/users.ts';
import type { UserAction } from './user-action.ts';
import { UserRow } from './user-row.tsx';

type Props = { users: User[]; currentUserId: string; onAction: (action: UserAction) => void };

export function UsersTable({ users, currentUserId, onAction }: Props) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label="Staff accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Two-factor</Table.Th>
            <Table.Th>Actions</Table.Th>
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
