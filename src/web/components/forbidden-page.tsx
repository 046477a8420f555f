import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={720}>
      <Title order={2}>{t('pages.forbidden.title')}</Title>
      <Text>{t('pages.forbidden.body')}</Text>
      <Anchor component={Link} to="/">
        {t('pages.forbidden.back')}
      </Anchor>
    </Stack>
  );
}
