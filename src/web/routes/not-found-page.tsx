import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={720}>
      <Title order={2}>{t('pages.notFound.title')}</Title>
      <Text>{t('pages.notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('pages.notFound.back')}
      </Anchor>
    </Stack>
  );
}
