import { Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { dashboardNamespace } from '../i18n.ts';
import {
  type FilterChanges,
  type PeriodPreset,
  periodPresets,
  type ReportFilters,
} from '../report-filters.ts';
import { formatCalendarDate } from './figure-format.ts';

type Props = { filters: ReportFilters; format: LocaleFormat; onChange: (changes: FilterChanges) => void };

const isPreset = (value: string): value is PeriodPreset => periodPresets.some((preset) => preset === value);

/** The period every chart and table covers: a preset, or custom dates. */
export function PeriodFilters({ filters, format, onChange }: Props) {
  const { t } = useTranslation(dashboardNamespace);

  function choosePreset(value: string) {
    if (!isPreset(value)) return;
    // A custom period starts from the one shown, so the dates need only a tweak.
    if (value === 'custom') onChange({ preset: value, from: filters.period?.from, to: filters.period?.to });
    else onChange({ preset: value, from: undefined, to: undefined });
  }

  return (
    <Group
      component="fieldset"
      aria-label={t('period.filtersLabel')}
      align="flex-end"
      gap="md"
      p={0}
      m={0}
      bd={0}
    >
      <NativeSelect
        label={t('period.preset')}
        value={filters.preset}
        onChange={(event) => choosePreset(event.currentTarget.value)}
        data={periodPresets.map((preset) => ({ value: preset, label: t(`period.presets.${preset}`) }))}
        w={180}
      />
      {filters.preset === 'custom' && (
        <>
          <TextInput
            type="date"
            label={t('period.from')}
            value={filters.customFrom}
            onChange={(event) => onChange({ from: event.currentTarget.value })}
            w={170}
          />
          <TextInput
            type="date"
            label={t('period.to')}
            value={filters.customTo}
            onChange={(event) => onChange({ to: event.currentTarget.value })}
            error={filters.toBeforeFrom ? t('period.toBeforeFrom') : undefined}
            w={170}
          />
        </>
      )}
      {filters.period && (
        <Text size="sm" c="dimmed" pb={8} aria-live="polite">
          {t('period.range', {
            from: formatCalendarDate(filters.period.from, format),
            to: formatCalendarDate(filters.period.to, format),
          })}
        </Text>
      )}
    </Group>
  );
}
