import { Alert, Button, Drawer, Group, Paper, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useSession } from '../../auth/index.ts';
import { useUsers } from '../api/use-users.ts';
import { ConfirmUserActionModal } from '../components/confirm-user-action-modal.tsx';
import { CreateUserForm } from '../components/create-user-form.tsx';
import { SecurityPolicySwitch } from '../components/security-policy-switch.tsx';
import type { UserAction } from '../components/user-action.ts';
import { UsersTable } from '../components/users-table.tsx';
import { usersNamespace } from '../i18n.ts';

export function UsersPage() {
  const { t } = useTranslation(usersNamespace);
  const { t: tCommon } = useTranslation();
  const session = useSession();
  const users = useUsers();
  const [drawerOpened, drawer] = useDisclosure(false);
  const [action, setAction] = useState<UserAction | null>(null);
  const currentUserId = session.status === 'signed-in' ? session.user.id : '';

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        <Button onClick={drawer.open}>{t('add')}</Button>
      </Group>
      <Paper withBorder p="md">
        <SecurityPolicySwitch />
      </Paper>
      {users.isPending ? (
        <PageLoader />
      ) : users.isError ? (
        <Alert color="red" title={t('loadFailedTitle')}>
          <Stack align="flex-start">
            {apiErrorMessage(users.error)}
            <Button variant="light" color="red" onClick={() => users.refetch()}>
              {tCommon('actions.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          <UsersTable
            users={users.data.pages.flatMap((page) => page.items)}
            currentUserId={currentUserId}
            onAction={setAction}
          />
          {users.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                loading={users.isFetchingNextPage}
                onClick={() => users.fetchNextPage()}
              >
                {tCommon('actions.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
      <Drawer opened={drawerOpened} onClose={drawer.close} title={t('drawerTitle')} position="right">
        <CreateUserForm onCreated={drawer.close} />
      </Drawer>
      <ConfirmUserActionModal action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}
