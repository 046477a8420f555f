import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { providerDashboardNamespace } from '../i18n.ts';
import type { EditableInterval } from './editable-intervals.ts';
import { isoWeekdays } from './working-hours-grid.ts';

type Props = {
  rows: readonly EditableInterval[];
  dayNames: readonly string[];
  /** Keyed by the line's index in `rows` and field, as the API reports them: "3.end". */
  errors: FieldErrors;
  onChange: (index: number, field: 'start' | 'end', value: string) => void;
  onAdd: (weekday: number) => void;
  onRemove: (index: number) => void;
};

/** The week as typed times, for what the half-hour grid cannot say (07:45, a shift to 23:00). */
export function WorkingHoursList({ rows, dayNames, errors, onChange, onAdd, onRemove }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3, lg: 4 }} spacing="sm">
      {isoWeekdays.map((weekday, day) => {
        const dayName = dayNames[day] ?? '';
        const lines = rows.flatMap((row, index) => (row.weekday === weekday ? [{ row, index }] : []));
        return (
          <Paper key={weekday} withBorder p="sm" radius="md" component="fieldset" m={0}>
            <Text component="legend" fw={600} size="sm" px={4}>
              {dayName}
            </Text>
            <Stack gap="xs">
              {lines.length === 0 && <Text size="sm">{t('schedule.dayOff')}</Text>}
              {lines.map(({ row, index }, position) => {
                const names = { day: dayName, index: position + 1 };
                return (
                  <Group key={row.key} gap={6} align="flex-start" wrap="nowrap">
                    <TextInput
                      aria-label={t('schedule.startOf', names)}
                      placeholder="HH:MM"
                      value={row.start}
                      onChange={(event) => onChange(index, 'start', event.currentTarget.value)}
                      error={errors[`${index}.start`]}
                      inputMode="numeric"
                      autoComplete="off"
                      size="xs"
                      w={84}
                    />
                    <Text size="sm" pt={4} aria-hidden="true">
                      –
                    </Text>
                    <TextInput
                      aria-label={t('schedule.endOf', names)}
                      placeholder="HH:MM"
                      value={row.end}
                      onChange={(event) => onChange(index, 'end', event.currentTarget.value)}
                      error={errors[`${index}.end`]}
                      inputMode="numeric"
                      autoComplete="off"
                      size="xs"
                      w={84}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('schedule.removeInterval', names)}
                      title={t('schedule.removeInterval', names)}
                      onClick={() => onRemove(index)}
                      mt={2}
                    >
                      <span aria-hidden="true">✕</span>
                    </ActionIcon>
                  </Group>
                );
              })}
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => onAdd(weekday)}
                aria-label={t('schedule.addIntervalOn', { day: dayName })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('schedule.addInterval')}
              </Button>
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
