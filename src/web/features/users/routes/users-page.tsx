import { Alert, Button, Drawer, Group, Paper, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useSession } from '../../auth/index.ts';
import { useUsers } from '../api/use-users.ts';
import { ConfirmUserActionModal } from '../components/confirm-user-action-modal.tsx';
import { CreateUserForm } from '../components/create-user-form.tsx';
import { SecurityPolicySwitch } from '../components/security-policy-switch.tsx';
import type { UserAction } from '../components/user-action.ts';
import { UsersTable } from '../components/users-table.tsx';

export function UsersPage() {
  const session = useSession();
  const users = useUsers();
  const [drawerOpened, drawer] = useDisclosure(false);
  const [action, setAction] = useState<UserAction | null>(null);
  const currentUserId = session.status === 'signed-in' ? session.user.id : '';

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>Users</Title>
        <Button onClick={drawer.open}>Add user</Button>
      </Group>
      <Paper withBorder p="md">
        <SecurityPolicySwitch />
      </Paper>
      {users.isPending ? (
        <PageLoader />
      ) : users.isError ? (
        <Alert color="red" title="Could not load the users">
          <Stack align="flex-start">
            {apiErrorMessage(users.error)}
            <Button variant="light" color="red" onClick={() => users.refetch()}>
              Try again
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
                Load more
              </Button>
            </Group>
          )}
        </>
      )}
      <Drawer opened={drawerOpened} onClose={drawer.close} title="Add a staff member" position="right">
        <CreateUserForm onCreated={drawer.close} />
      </Drawer>
      <ConfirmUserActionModal action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}
