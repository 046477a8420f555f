import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { providerDashboardNamespace } from '../i18n.ts';
import { swatchLook } from './working-hours-grid-look.ts';

export function GridLegend() {
  const { t } = useTranslation(providerDashboardNamespace);
  const entries = [
    { coverage: 'full', label: t('schedule.legendWorking'), mark: '✓' },
    { coverage: 'partial', label: t('schedule.legendPartial'), mark: '' },
    { coverage: 'none', label: t('schedule.legendFree'), mark: '' },
  ] as const;
  return (
    <Group gap="lg">
      {entries.map((entry) => (
        <Group key={entry.coverage} gap={6}>
          <span aria-hidden="true" style={swatchLook(entry.coverage)}>
            {entry.mark}
          </span>
          <Text size="xs">{entry.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
