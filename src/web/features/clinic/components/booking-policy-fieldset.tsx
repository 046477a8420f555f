import { Fieldset, NumberInput, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BookingPolicy } from '../../../../shared/clinic.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { clinicNamespace } from '../i18n.ts';
import type { ClinicSettingsFormValues } from './clinic-settings-form-values.ts';

const fields: (keyof BookingPolicy)[] = [
  'minNoticeMinutes',
  'maxAdvanceDays',
  'cancellationNoticeHours',
  'slotStepMinutes',
];

type Props = {
  values: ClinicSettingsFormValues['bookingPolicy'];
  errors: FieldErrors;
  onChange: (key: keyof BookingPolicy, value: number | string) => void;
};

export function BookingPolicyFieldset({ values, errors, onChange }: Props) {
  const { t } = useTranslation(clinicNamespace);
  return (
    <Fieldset legend={t('booking.legend')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {fields.map((key) => (
          // No min/max here: clamping would silently change what was typed; the schema explains instead.
          <NumberInput
            key={key}
            label={t(`booking.${key}`)}
            description={t(`booking.${key}Hint`)}
            value={values[key]}
            onChange={(value) => onChange(key, value)}
            error={errors[`bookingPolicy.${key}`]}
            allowDecimal={false}
            allowNegative={false}
            withAsterisk
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
