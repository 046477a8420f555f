import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldErrors, withoutError } from '../../../forms/field-errors.ts';
import { useAddTimeOff } from '../api/use-add-time-off.ts';
import { providerDashboardNamespace } from '../i18n.ts';
import { problemMessage } from './dashboard-problem.ts';
import { showDone } from './show-done.ts';
import { parseTimeOff, type TimeOffValues, timeOffProblemErrors } from './time-off-input.ts';

const empty: TimeOffValues = { start: '', end: '', reason: '' };

export function TimeOffForm({ providerId, timeZone }: { providerId: string; timeZone: string }) {
  const { t } = useTranslation(providerDashboardNamespace);
  const add = useAddTimeOff(providerId);
  const [values, setValues] = useState<TimeOffValues>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  function setField(field: keyof TimeOffValues, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => withoutError(current, field));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const parsed = parseTimeOff(values, timeZone, t);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    add.mutate(parsed.input, {
      onSuccess: () => {
        setValues(empty);
        setErrors({});
        showDone(t('timeOff.added'), t);
      },
      onError: (error) => {
        setErrors(timeOffProblemErrors(error, t));
        setMessage(problemMessage(error, t));
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('timeOff.add')}>
      <Stack gap="sm">
        {message && (
          <Alert color="red" title={t('timeOff.notAdded')}>
            {message}
          </Alert>
        )}
        <Group align="flex-start" gap="sm">
          <TextInput
            type="datetime-local"
            label={t('timeOff.start')}
            value={values.start}
            onChange={(event) => setField('start', event.currentTarget.value)}
            error={errors.start}
            required
          />
          <TextInput
            type="datetime-local"
            label={t('timeOff.end')}
            value={values.end}
            onChange={(event) => setField('end', event.currentTarget.value)}
            error={errors.end}
            required
          />
          <TextInput
            label={t('timeOff.reason')}
            value={values.reason}
            onChange={(event) => setField('reason', event.currentTarget.value)}
            error={errors.reason}
            maxLength={200}
            w={260}
          />
          <Button type="submit" loading={add.isPending} mt={25}>
            {t('timeOff.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
