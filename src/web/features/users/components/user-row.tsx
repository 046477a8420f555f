import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/users.ts';
import { usersNamespace } from '../i18n.ts';
import { isStaffRoleName, staffRoleOptions } from './staff-roles.ts';
import type { UserAction } from './user-action.ts';
import { UserStatus } from './user-status.tsx';

type Props = { user: User; isSelf: boolean; onAction: (action: UserAction) => void };

export function UserRow({ user, isSelf, onAction }: Props) {
  const { t } = useTranslation(usersNamespace);
  const { t: tCommon } = useTranslation();
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
          aria-label={t('table.roleOf', { name: user.name })}
          data={staffRoleOptions(tCommon)}
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
        {user.twoFactorEnabled ? (
          <Badge color="teal">{t('table.on')}</Badge>
        ) : (
          <Badge color="gray">{t('table.off')}</Badge>
        )}
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
                {t('actions.deactivate')}
              </Button>
            ) : (
              <Button size="xs" variant="light" onClick={() => onAction({ kind: 'reactivate', user })}>
                {t('actions.reactivate')}
              </Button>
            ))}
          {user.twoFactorEnabled && (
            <Button size="xs" variant="default" onClick={() => onAction({ kind: 'reset-two-factor', user })}>
              {t('actions.resetTwoFactor')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
