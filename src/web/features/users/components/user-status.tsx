import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/users.ts';
import { usersNamespace } from '../i18n.ts';

export function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation(usersNamespace);
  return (
    <Group gap={4}>
      {user.active ? (
        <Badge color="teal">{t('status.active')}</Badge>
      ) : (
        <Badge color="gray">{t('status.deactivated')}</Badge>
      )}
      {user.invitationPending && <Badge color="yellow">{t('status.invitationPending')}</Badge>}
      {!user.invitationPending && !user.emailVerified && (
        <Badge color="yellow">{t('status.emailUnconfirmed')}</Badge>
      )}
    </Group>
  );
}
