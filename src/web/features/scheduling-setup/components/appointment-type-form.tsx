import { Button, Group, MultiSelect, NumberInput, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppointmentType,
  CreateAppointmentTypeInput,
  type Provider,
} from '../../../../shared/scheduling.ts';
import { type FieldErrors, withoutError } from '../../../forms/field-errors.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { useCreateAppointmentType } from '../api/use-create-appointment-type.ts';
import { useUpdateAppointmentType } from '../api/use-update-appointment-type.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import {
  type AppointmentTypeFormValues,
  currencyDigits,
  decimalSeparator,
  toCandidate,
  toFormValues,
} from './appointment-type-form-values.ts';
import { ColourField } from './colour-field.tsx';
import { serverFieldErrors, validate } from './field-messages.ts';
import { SaveErrorAlert } from './save-error-alert.tsx';

type Props = {
  /** The type being edited; a new one when undefined. */
  type: AppointmentType | undefined;
  providers: Provider[];
  format: LocaleFormat;
  onDone: () => void;
};

export function AppointmentTypeForm({ type, providers, format, onDone }: Props) {
  const { t } = useTranslation(schedulingSetupNamespace);
  const digits = currencyDigits(format);
  const [values, setValues] = useState(() => toFormValues(type, digits));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateAppointmentType();
  const update = useUpdateAppointmentType();
  const saving = type ? update : create;

  function setField<K extends keyof AppointmentTypeFormValues>(key: K, value: AppointmentTypeFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(current, key === 'price' ? 'priceCents' : key));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Price limits are in cents in the schema; people read them as money.
    const checked = validate(CreateAppointmentTypeInput, toCandidate(values, digits), t, (issue) => {
      if (issue.path[0] !== 'priceCents') return undefined;
      if (issue.code === 'too_big')
        return t('errors.field.atMost', { max: formatMoney(Number(issue.maximum), format) });
      if (issue.code === 'too_small')
        return t('errors.field.atLeast', { min: formatMoney(Number(issue.minimum), format) });
      return undefined;
    });
    if (checked.errors) {
      saving.reset();
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const onSuccess = (saved: AppointmentType) => {
      notifications.show({
        color: 'teal',
        message: t(type ? 'types.updated' : 'types.created', { name: saved.name }),
      });
      onDone();
    };
    const onError = (error: unknown) =>
      setErrors(serverFieldErrors(error, t, { 'validation_failed:providerIds': 'unknownProvider' }));
    if (type) update.mutate({ id: type.id, changes: checked.data }, { onSuccess, onError });
    else create.mutate(checked.data, { onSuccess, onError });
  }

  const providerOptions = providers
    .filter((provider) => provider.active || values.providerIds.includes(provider.id))
    .map((provider) => ({
      value: provider.id,
      label: provider.active ? provider.name : `${provider.name} (${t('shared.inactive')})`,
    }));
  const invalid = Object.keys(errors).length > 0;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <SaveErrorAlert error={saving.error} invalid={invalid} />
        <TextInput
          label={t('types.form.name')}
          value={values.name}
          onChange={(event) => setField('name', event.currentTarget.value)}
          error={errors.name}
          withAsterisk
          data-autofocus
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('types.form.duration')}
            description={t('types.form.durationDescription')}
            value={values.durationMinutes}
            onChange={(value) => setField('durationMinutes', value)}
            error={errors.durationMinutes}
            allowDecimal={false}
            allowNegative={false}
            step={5}
            withAsterisk
          />
          <NumberInput
            label={t('types.form.buffer')}
            description={t('types.form.bufferDescription')}
            value={values.bufferMinutes}
            onChange={(value) => setField('bufferMinutes', value)}
            error={errors.bufferMinutes}
            allowDecimal={false}
            allowNegative={false}
            step={5}
          />
        </Group>
        <NumberInput
          label={t('types.form.price', { currency: format.currency })}
          value={values.price}
          onChange={(value) => setField('price', value)}
          error={errors.priceCents}
          decimalScale={digits}
          fixedDecimalScale={digits > 0}
          allowDecimal={digits > 0}
          decimalSeparator={decimalSeparator(format.locale)}
          allowNegative={false}
          hideControls
        />
        <ColourField
          value={values.color}
          onChange={(value) => setField('color', value)}
          error={errors.color}
        />
        <MultiSelect
          label={t('types.form.providers')}
          description={t('types.form.providersDescription')}
          placeholder={values.providerIds.length === 0 ? t('types.form.providersPlaceholder') : undefined}
          data={providerOptions}
          value={values.providerIds}
          onChange={(ids) => setField('providerIds', ids)}
          error={errors.providerIds}
          searchable
          clearable
        />
        <Switch
          label={t('types.form.bookableOnline')}
          description={t('types.form.bookableOnlineDescription')}
          checked={values.bookableOnline}
          onChange={(event) => setField('bookableOnline', event.currentTarget.checked)}
        />
        <Switch
          label={t('types.form.active')}
          description={t('types.form.activeDescription')}
          checked={values.active}
          onChange={(event) => setField('active', event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('shared.cancel')}
          </Button>
          <Button type="submit" loading={saving.isPending}>
            {type ? t('shared.save') : t('shared.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
