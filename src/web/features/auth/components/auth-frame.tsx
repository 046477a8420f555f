import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The narrow card every page reached without logging in uses (login, sign-up, mailed links, pay links). */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Container size={440} py={64}>
      <Stack gap="lg">
        <Text component="p" ta="center" fw={700} fz="xl" c="teal.9">
          {t('appName')}
        </Text>
        <Paper withBorder shadow="sm" p="xl" radius="md" component="main">
          <Stack>
            <Title order={1} size="h2">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
