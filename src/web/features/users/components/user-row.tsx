import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import type { User } from '../../../../shared/users.ts';
import { isStaffRoleName, staffRoleOptions } from './staff-roles.ts';
import type { UserAction } from './user-action.ts';
import { UserStatus } from './user-status.tsx';

type Props = { user: User; isSelf: boolean; onAction: (action: UserAction) => void };

export function UserRow({ user, isSelf, onAction }: Props) {
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={500}>{user.name}</Text>
        <Text size="sm" c="dimmed">
          {user.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={`Role of ${user.name}`}
          data={staffRoleOptions}
          value={user.role}
          onChange={(role) => {
            if (isStaffRoleName(role) && role !== user.role) onAction({ kind: 'change-role', user, role });
          }}
          allowDeselect={false}
          w={160}
        />
      </Table.Td>
      <Table.Td>
        <UserStatus user={user} />
      </Table.Td>
      <Table.Td>
        {user.twoFactorEnabled ? <Badge color="teal">On</Badge> : <Badge color="gray">Off</Badge>}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {/* The server refuses to deactivate oneself; offering it would only produce an error. */}
          {!isSelf &&
            (user.active ? (
              <Button
                size="xs"
                variant="light"
                color="red"
                onClick={() => onAction({ kind: 'deactivate', user })}
              >
                Deactivate
              </Button>
            ) : (
              <Button size="xs" variant="light" onClick={() => onAction({ kind: 'reactivate', user })}>
                Reactivate
              </Button>
            ))}
          {user.twoFactorEnabled && (
            <Button size="xs" variant="default" onClick={() => onAction({ kind: 'reset-two-factor', user })}>
              Reset two-factor
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
