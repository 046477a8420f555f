import { Anchor, Badge, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SetupChecklist as Checklist } from '../../../../shared/dashboard.ts';
import { dashboardNamespace } from '../i18n.ts';

/** A new clinic's first-run steps in order, each linking to the screen where it is done. */
export function SetupChecklist({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation(dashboardNamespace);
  const headingId = useId();
  const done = checklist.steps.filter((step) => step.done).length;
  const total = checklist.steps.length;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={3} id={headingId}>
          {t('setup.title')}
        </Title>
        <Text>{t('setup.intro')}</Text>
        <Progress value={(done / total) * 100} aria-label={t('setup.progress', { done, total })} />
        <Text size="sm" c="dimmed">
          {t('setup.progress', { done, total })}
        </Text>
        <List type="ordered" spacing="xs">
          {checklist.steps.map((step) => (
            <List.Item key={step.key}>
              <Group gap="xs" wrap="nowrap">
                <Anchor component={Link} to={step.path}>
                  {t(`setup.steps.${step.key}`)}
                </Anchor>
                <Badge color={step.done ? 'green' : 'gray'} variant="light" tt="none">
                  {step.done ? t('setup.done') : t('setup.toDo')}
                </Badge>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}

/** A one-line reminder once the essentials are done and only a few steps remain. */
export function SetupReminder({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation(dashboardNamespace);
  const left = checklist.steps.filter((step) => !step.done);
  const next = left[0];
  if (!next) return null;
  return (
    <Text>
      {t('setup.remaining', { count: left.length })}{' '}
      <Anchor component={Link} to={next.path}>
        {t(`setup.steps.${next.key}`)}
      </Anchor>
    </Text>
  );
}
