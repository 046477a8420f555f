import { Alert, Button, Fieldset, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { type BookingPolicy, ClinicSettings } from '../../../../shared/clinic.ts';
import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { type FieldErrors, toFieldErrors } from '../../../forms/field-errors.ts';
import { useUpdateClinicSettings } from '../api/use-update-clinic-settings.ts';
import { BookingPolicyFieldset } from './booking-policy-fieldset.tsx';
import { type ClinicSettingsFormValues, toCandidate, toFormValues } from './clinic-settings-form-values.ts';

const timeZones = Intl.supportedValuesOf('timeZone');
const currencies = Intl.supportedValuesOf('currency');

// Browsers list only canonical zones (Chromium omits "UTC"); keep the stored one selectable.
function withCurrent(options: string[], current: string): string[] {
  return current === '' || options.includes(current) ? options : [current, ...options];
}

type TopLevelField = Exclude<keyof ClinicSettingsFormValues, 'bookingPolicy'>;

export function ClinicSettingsForm({ settings }: { settings: ClinicSettings }) {
  const [values, setValues] = useState(() => toFormValues(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateClinicSettings();

  function clearError(path: string) {
    setErrors(({ [path]: _cleared, ...rest }) => rest);
  }

  function setField(key: TopLevelField, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    clearError(key);
  }

  function setPolicyField(key: keyof BookingPolicy, value: number | string) {
    setValues((current) => ({ ...current, bookingPolicy: { ...current.bookingPolicy, [key]: value } }));
    clearError(`bookingPolicy.${key}`);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ClinicSettings.safeParse(toCandidate(values), {
      error: (issue) => (issue.input === undefined ? 'Required' : undefined),
    });
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    update.mutate(parsed.data, {
      onSuccess: (saved) => {
        setValues(toFormValues(saved));
        notifications.show({ color: 'teal', message: 'Settings saved' });
      },
      onError: (error) => {
        if (error instanceof ApiError) setErrors(toFieldErrors(error.errors));
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack maw={720}>
        {update.isError && (
          <Alert color="red" title="Could not save the settings">
            {apiErrorMessage(update.error)}
          </Alert>
        )}
        <Fieldset legend="Clinic">
          <Stack>
            <TextInput
              label="Clinic name"
              value={values.name}
              onChange={(event) => setField('name', event.currentTarget.value)}
              error={errors.name}
              withAsterisk
            />
            <Select
              label="Time zone"
              description="Calendar days and working hours follow this zone"
              data={withCurrent(timeZones, values.timeZone)}
              value={values.timeZone}
              onChange={(zone) => zone && setField('timeZone', zone)}
              error={errors.timeZone}
              searchable
              allowDeselect={false}
              nothingFoundMessage="No such time zone"
              withAsterisk
            />
            <Select
              label="Currency"
              data={withCurrent(currencies, values.currency)}
              value={values.currency}
              onChange={(code) => code && setField('currency', code)}
              error={errors.currency}
              searchable
              allowDeselect={false}
              nothingFoundMessage="No such currency"
              withAsterisk
            />
            <TextInput
              label="Phone"
              type="tel"
              value={values.phone}
              onChange={(event) => setField('phone', event.currentTarget.value)}
              error={errors.phone}
            />
            <Textarea
              label="Address"
              autosize
              minRows={2}
              value={values.address}
              onChange={(event) => setField('address', event.currentTarget.value)}
              error={errors.address}
            />
          </Stack>
        </Fieldset>
        <BookingPolicyFieldset values={values.bookingPolicy} errors={errors} onChange={setPolicyField} />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
