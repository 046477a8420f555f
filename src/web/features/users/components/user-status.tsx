import { Badge, Group } from '@mantine/core';
import type { User } from '../../../../shared/users.ts';

export function UserStatus({ user }: { user: User }) {
  return (
    <Group gap={4}>
      {user.active ? <Badge color="teal">Active</Badge> : <Badge color="gray">Deactivated</Badge>}
      {user.invitationPending && <Badge color="yellow">Invitation pending</Badge>}
      {!user.invitationPending && !user.emailVerified && <Badge color="yellow">Email unconfirmed</Badge>}
    </Group>
  );
}
