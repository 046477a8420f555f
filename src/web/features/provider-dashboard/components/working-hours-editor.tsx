import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkingHours, type WorkingInterval } from '../../../../shared/scheduling.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { useReplaceWorkingHours } from '../api/use-replace-working-hours.ts';
import { providerDashboardNamespace } from '../i18n.ts';
import { problemMessage } from './dashboard-problem.ts';
import {
  addRow,
  drawable,
  type EditableInterval,
  paintRows,
  sameWeek,
  toEditable,
  toPayload,
  weeklyMinutes,
} from './editable-intervals.ts';
import { showDone } from './show-done.ts';
import { wallClockLabel, weekdayNames } from './wall-clock-labels.ts';
import { weekIssueErrors, weekProblemErrors } from './working-hours-errors.ts';
import { defaultGridShape } from './working-hours-grid.ts';
import { GridLegend } from './working-hours-grid-legend.tsx';
import { WorkingHoursGridView } from './working-hours-grid-view.tsx';
import { WorkingHoursList } from './working-hours-list.tsx';

type Props = { providerId: string; saved: WorkingInterval[]; locale: string };

/** The grid and the exact list edit one draft of the week, saved with one PUT. */
export function WorkingHoursEditor({ providerId, saved, locale }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  const replace = useReplaceWorkingHours(providerId);
  const [rows, setRows] = useState<EditableInterval[]>(() => toEditable(saved));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const helpId = useId();
  const dirty = !sameWeek(rows, saved);
  const dayNames = useMemo(() => weekdayNames(locale), [locale]);
  const shape = defaultGridShape;

  // A refetch (another tab saved) replaces an untouched draft, never one being edited.
  useEffect(() => {
    setRows((current) => (sameWeek(current, saved) ? current : toEditable(saved)));
  }, [saved]);

  function edit(next: (current: EditableInterval[]) => EditableInterval[]) {
    setRows(next);
    setErrors({});
    setFormError(null);
  }

  function save() {
    const payload = toPayload(rows);
    const parsed = WorkingHours.safeParse(payload);
    if (!parsed.success) {
      const found = weekIssueErrors(parsed.error.issues, t);
      setErrors(found.fields);
      setFormError(found.form ?? t('errors.validation'));
      return;
    }
    replace.mutate(parsed.data, {
      onSuccess: (week) => {
        setRows(toEditable(week));
        showDone(t('schedule.saved'), t);
      },
      onError: (error) => {
        const found = weekProblemErrors(error, t);
        setErrors(found.fields);
        setFormError(found.form ?? problemMessage(error, t));
      },
    });
  }

  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(weeklyMinutes(rows) / 60);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={3}>{t('schedule.weeklyHours')}</Title>
        <Group gap="sm">
          <Text size="sm">{t('schedule.weeklyTotal', { hours })}</Text>
          <Badge
            color={dirty ? 'orange' : 'gray'}
            variant={dirty ? 'light' : 'outline'}
            tt="none"
            role="status"
          >
            {dirty ? t('schedule.unsaved') : t('schedule.upToDate')}
          </Badge>
          <Button
            variant="default"
            disabled={!dirty || replace.isPending}
            onClick={() => edit(() => toEditable(saved))}
          >
            {t('schedule.discard')}
          </Button>
          <Button onClick={save} loading={replace.isPending} disabled={!dirty}>
            {t('schedule.save')}
          </Button>
        </Group>
      </Group>
      {formError && (
        <Alert color="red" title={t('schedule.notSaved')}>
          {formError}
        </Alert>
      )}
      <Text size="sm" id={helpId}>
        {t('schedule.gridHelp')}
      </Text>
      <WorkingHoursGridView
        intervals={drawable(rows)}
        shape={shape}
        locale={locale}
        describedBy={helpId}
        onPaint={(weekday, from, to, working) =>
          edit((current) => paintRows(current, weekday, from, to, working))
        }
      />
      <GridLegend />
      <Text size="sm">
        {t('schedule.offGrid', {
          start: wallClockLabel(shape.startMinute, locale),
          end: wallClockLabel(shape.endMinute, locale),
        })}
      </Text>
      <Title order={4}>{t('schedule.exactTitle')}</Title>
      <Text size="sm">{t('schedule.exactHelp')}</Text>
      <WorkingHoursList
        rows={rows}
        dayNames={dayNames}
        errors={errors}
        onChange={(index, field, value) =>
          edit((current) => current.map((row, at) => (at === index ? { ...row, [field]: value } : row)))
        }
        onAdd={(weekday) => edit((current) => addRow(current, weekday))}
        onRemove={(index) => edit((current) => current.filter((_, at) => at !== index))}
      />
    </Stack>
  );
}
