import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentType, Operatory, Provider } from '../../../../shared/scheduling.ts';
import { formatMoney, formatTime, type LocaleFormat } from '../../../i18n/format.ts';
import type { BookingField } from './booking-fields.ts';
import { type BookingValues, typesOffered } from './booking-form-state.ts';
import { endOf } from './booking-time.ts';
import { bookingNamespace } from './i18n.ts';
import { quietText } from './text-colours.ts';

type Props = {
  values: BookingValues;
  /** The start the date and time fields mean, or null while they are incomplete. */
  start: string | null;
  providers: readonly Provider[];
  types: readonly AppointmentType[];
  operatories: readonly Operatory[];
  format: LocaleFormat;
  fieldError: (field: BookingField) => string | undefined;
  onChange: (patch: Partial<BookingValues>, fields: BookingField[]) => void;
};

/** What, with whom, where and when: the type (with length and price), provider, chair and start. */
export function VisitFields({
  values,
  start,
  providers,
  types,
  operatories,
  format,
  fieldError,
  onChange,
}: Props) {
  const { t } = useTranslation(bookingNamespace);
  const offered = typesOffered(types, values.providerId);
  const type = types.find((candidate) => candidate.id === values.typeId);
  const shownProviders = providers.filter((provider) => provider.active || provider.id === values.providerId);

  return (
    <>
      <NativeSelect
        label={t('drawer.type')}
        required
        value={values.typeId}
        error={fieldError('appointmentTypeId')}
        descriptionProps={{ c: quietText }}
        description={offered.length === 0 ? t('drawer.noTypes') : undefined}
        onChange={(event) => onChange({ typeId: event.currentTarget.value }, ['appointmentTypeId'])}
        data={[
          { value: '', label: t('drawer.typePlaceholder'), disabled: true },
          ...offered.map((option) => ({
            value: option.id,
            label: t('drawer.typeOption', {
              name: option.name,
              minutes: option.durationMinutes,
              price: formatMoney(option.priceCents, format),
            }),
          })),
        ]}
      />
      <SimpleGrid cols={2} spacing="sm">
        <NativeSelect
          label={t('drawer.provider')}
          required
          value={values.providerId}
          error={fieldError('providerId')}
          onChange={(event) => onChange({ providerId: event.currentTarget.value }, ['providerId'])}
          data={shownProviders.map((provider) => ({ value: provider.id, label: provider.name }))}
        />
        <NativeSelect
          label={t('drawer.operatory')}
          value={values.operatoryId}
          error={fieldError('operatoryId')}
          onChange={(event) => onChange({ operatoryId: event.currentTarget.value }, ['operatoryId'])}
          data={[
            { value: '', label: t('drawer.noOperatory') },
            ...operatories.map((operatory) => ({ value: operatory.id, label: operatory.name })),
          ]}
        />
        <TextInput
          label={t('drawer.date')}
          type="date"
          required
          value={values.date}
          error={fieldError('start')}
          onChange={(event) => onChange({ date: event.currentTarget.value }, ['start'])}
        />
        <TextInput
          label={t('drawer.time')}
          type="time"
          required
          step={300}
          value={values.time}
          error={fieldError('start') !== undefined}
          descriptionProps={{ c: quietText }}
          // Below the box, so the date and time boxes stay level.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          description={
            type && start
              ? t('drawer.ends', {
                  time: formatTime(endOf(start, type.durationMinutes), format),
                  minutes: type.durationMinutes,
                })
              : undefined
          }
          onChange={(event) => onChange({ time: event.currentTarget.value }, ['start'])}
        />
      </SimpleGrid>
    </>
  );
}
