import { Alert, Button, Fieldset, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BookingPolicy, ClinicSettings } from '../../../../shared/clinic.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import {
  type FieldErrors,
  formParse,
  problemFieldErrors,
  zodFieldErrors,
} from '../../../forms/field-errors.ts';
import { useUpdateClinicSettings } from '../api/use-update-clinic-settings.ts';
import { clinicNamespace } from '../i18n.ts';
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
  const { t } = useTranslation(clinicNamespace);
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
    const parsed = ClinicSettings.safeParse(toCandidate(values), formParse);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    update.mutate(parsed.data, {
      onSuccess: (saved) => {
        setValues(toFormValues(saved));
        notifications.show({ color: 'teal', message: t('saved') });
      },
      onError: (error) => setErrors(problemFieldErrors(error)),
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack maw={720}>
        {update.isError && (
          <Alert color="red" title={t('saveFailedTitle')}>
            {apiErrorMessage(update.error)}
          </Alert>
        )}
        <Fieldset legend={t('clinicLegend')}>
          <Stack>
            <TextInput
              label={t('name')}
              value={values.name}
              onChange={(event) => setField('name', event.currentTarget.value)}
              error={errors.name}
              withAsterisk
            />
            <Select
              label={t('timeZone')}
              description={t('timeZoneHint')}
              data={withCurrent(timeZones, values.timeZone)}
              value={values.timeZone}
              onChange={(zone) => zone && setField('timeZone', zone)}
              error={errors.timeZone}
              searchable
              allowDeselect={false}
              nothingFoundMessage={t('noSuchTimeZone')}
              withAsterisk
            />
            <Select
              label={t('currency')}
              data={withCurrent(currencies, values.currency)}
              value={values.currency}
              onChange={(code) => code && setField('currency', code)}
              error={errors.currency}
              searchable
              allowDeselect={false}
              nothingFoundMessage={t('noSuchCurrency')}
              withAsterisk
            />
            <TextInput
              label={t('phone')}
              type="tel"
              value={values.phone}
              onChange={(event) => setField('phone', event.currentTarget.value)}
              error={errors.phone}
            />
            <Textarea
              label={t('address')}
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
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
