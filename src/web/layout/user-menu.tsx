import { Button, Menu } from '@mantine/core';
import { Link } from 'react-router';
import type { SessionUser } from '../api/session-store.ts';
import { useLogOut } from '../features/auth/index.ts';

export function UserMenu({ user }: { user: SessionUser }) {
  const logOut = useLogOut();

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" rightSection="▾" loading={logOut.isPending}>
          {user.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          Account
        </Menu.Item>
        {/* Ending the session sends RequireAuth to the login page. */}
        <Menu.Item onClick={() => logOut.mutate()}>Log out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
