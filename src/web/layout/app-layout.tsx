import { AppShell, Burger, Group, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { roleMay } from '../../shared/permissions.ts';
import { useSession } from '../features/auth/index.ts';
import { PatientSearch } from '../features/patients/index.ts';
import { MainNav } from './main-nav.tsx';
import { UserMenu } from './user-menu.tsx';

/** The signed-in shell: header with the user menu, navigation by role, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const session = useSession();
  // RequireAuth renders this layout only for a signed-in user.
  if (session.status !== 'signed-in') return null;
  // Until two-factor is set up the server refuses the search too: do not offer it.
  const maySearchPatients =
    roleMay(session.user.role, 'patients.search') && !session.twoFactorEnrollmentRequired;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <Title order={1} size="h3">
              {t('appName')}
            </Title>
          </Group>
          {maySearchPatients && <PatientSearch />}
          <UserMenu user={session.user} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        <MainNav
          role={session.user.role}
          enrollmentRequired={session.twoFactorEnrollmentRequired}
          onNavigate={closeNav}
        />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
