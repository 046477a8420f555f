import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { dashboardNamespace } from '../i18n.ts';

type Props = {
  title: string;
  /** The chart, loaded lazily: a placeholder of its size shows meanwhile. */
  chart: ReactNode;
  /** The same figures as a table: the chart's text alternative. */
  table: ReactNode;
};

/** A chart with its title and, one click away (and always there for screen readers), its figures. */
export function ChartFigure({ title, chart, table }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const titleId = useId();
  return (
    <Paper component="figure" aria-labelledby={titleId} withBorder p="md" radius="md" m={0}>
      <Stack gap="sm">
        <Title order={4} id={titleId}>
          {title}
        </Title>
        <Suspense fallback={<Skeleton h={260} />}>{chart}</Suspense>
        <details>
          <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
            {t('charts.showTable')}
          </Text>
          {table}
        </details>
      </Stack>
    </Paper>
  );
}

/** A chart's panel while its figures load, fail or are empty. */
export function ChartPanel({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={4} id={titleId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
