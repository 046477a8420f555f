import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionUser } from '../api/session-store.ts';
import { useLogOut } from '../features/auth/index.ts';
import { supportedLanguages } from '../i18n/catalogue.ts';

export function UserMenu({ user }: { user: SessionUser }) {
  const logOut = useLogOut();
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* On a phone the name would crush the search: initials there, the name on wider screens. */}
        <Button
          variant="subtle"
          color="gray"
          rightSection="▾"
          loading={logOut.isPending}
          aria-label={user.name}
          px="xs"
          style={{ flexShrink: 0 }}
        >
          <Text span inherit visibleFrom="sm">
            {user.name}
          </Text>
          <Avatar hiddenFrom="sm" size="sm" color="blue" name={user.name} aria-hidden="true" />
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('userMenu.language')}</Menu.Label>
        {supportedLanguages.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            aria-current={language === current ? 'true' : undefined}
            leftSection={language === current ? '✓' : ' '}
            onClick={() => void i18n.changeLanguage(language)}
          >
            {t(`languages.${language}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        {/* Ending the session sends RequireAuth to the login page. */}
        <Menu.Item onClick={() => logOut.mutate()}>{t('userMenu.logOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
