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
  // Until two-factor is set up the server refuses the search too: do not offer it. A printed
  // password is replaced first, too: only the account page is offered until then.
  const accountFirst = session.twoFactorEnrollmentRequired || session.passwordChangeRequired;
  const maySearchPatients = roleMay(session.user.role, 'patients.search') && !accountFirst;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group wrap="nowrap" gap="xs" style={{ flexShrink: 0 }}>
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            {/* On a phone the search needs the width more than the name does. */}
            <Title order={1} size="h3" visibleFrom="xs">
              {t('appName')}
            </Title>
          </Group>
          {maySearchPatients && <PatientSearch />}
          <UserMenu user={session.user} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        <MainNav role={session.user.role} enrollmentRequired={accountFirst} onNavigate={closeNav} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
