import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TodayDashboard } from '../../../../shared/dashboard.ts';
import { formatLongDate, formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { dashboardNamespace } from '../i18n.ts';
import { type Figure, FigureCards } from './figure-cards.tsx';
import { formatCount } from './figure-format.ts';

type Props = {
  today: TodayDashboard;
  format: LocaleFormat;
  /** The desk counts who still has to confirm; managers see the money instead. */
  show: 'desk' | 'manager';
};

export function TodayAtAGlance({ today, format, show }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const headingId = useId();
  const money: LocaleFormat = { ...format, currency: today.currency };
  const count = (value: number) => formatCount(value, format);
  const figures: Figure[] = [
    { label: t('today.visits'), value: count(today.visits.total) },
    { label: t('today.arrived'), value: count(today.visits.arrived) },
    ...(show === 'desk' ? [{ label: t('today.unconfirmed'), value: count(today.visits.unconfirmed) }] : []),
    { label: t('today.noShows'), value: count(today.visits.noShows) },
    ...(show === 'manager' && today.money
      ? [
          { label: t('today.production'), value: formatMoney(today.money.productionCents, money) },
          { label: t('today.collections'), value: formatMoney(today.money.collectionsCents, money) },
        ]
      : []),
  ];
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} id={headingId}>
        {t('today.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {formatLongDate(new Date(`${today.date}T12:00:00Z`), { ...format, timeZone: 'UTC' })}
      </Text>
      <FigureCards figures={figures} />
    </Stack>
  );
}
