import { Checkbox, Group, NativeSelect, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maxSeriesCount } from '../../../../shared/recurring.ts';
import { bookingNamespace } from './i18n.ts';
import { longestInterval, type RepeatUnit, type RepeatValues } from './series-rule.ts';

type Props = {
  value: RepeatValues;
  /** The first visit's local date: a series cannot end before it. */
  firstDate: string;
  error: string | undefined;
  onChange: (patch: Partial<RepeatValues>) => void;
};

const intervals = Array.from({ length: longestInterval }, (_, index) => String(index + 1));

/** "Repeat every N weeks or months, for so many visits or until a date." */
export function RepeatFields({ value, firstDate, error, onChange }: Props) {
  const { t } = useTranslation(bookingNamespace);
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('repeat.toggle')}
        checked={value.on}
        onChange={(event) => onChange({ on: event.currentTarget.checked })}
      />
      {value.on && (
        <Stack gap="xs" pl="md">
          <Group gap="xs" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('repeat.every')}
              value={String(value.every)}
              data={intervals}
              w={90}
              onChange={(event) => onChange({ every: Number(event.currentTarget.value) })}
            />
            <NativeSelect
              label={t('repeat.unit')}
              value={value.unit}
              data={(['week', 'month'] as const).map((unit: RepeatUnit) => ({
                value: unit,
                label: t(`repeat.units.${unit}`, { count: value.every }),
              }))}
              w={140}
              onChange={(event) =>
                onChange({ unit: event.currentTarget.value === 'month' ? 'month' : 'week' })
              }
            />
          </Group>
          <Radio.Group
            label={t('repeat.ends')}
            value={value.ends}
            onChange={(ends) => onChange({ ends: ends === 'until' ? 'until' : 'count' })}
          >
            <Stack gap={6} mt={4}>
              <Radio value="count" label={t('repeat.afterCount')} />
              <Radio value="until" label={t('repeat.onDate')} />
            </Stack>
          </Radio.Group>
          {value.ends === 'count' ? (
            <NumberInput
              label={t('repeat.count')}
              description={t('repeat.countHint', { max: maxSeriesCount })}
              value={value.count}
              min={2}
              max={maxSeriesCount}
              allowDecimal={false}
              w={200}
              error={error}
              onChange={(count) => onChange({ count: typeof count === 'number' ? count : Number(count) })}
            />
          ) : (
            <TextInput
              type="date"
              label={t('repeat.until')}
              value={value.until}
              min={firstDate}
              w={200}
              error={error}
              onChange={(event) => onChange({ until: event.currentTarget.value })}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
