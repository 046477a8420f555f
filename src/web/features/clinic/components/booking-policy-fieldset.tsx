import { Fieldset, NumberInput, SimpleGrid } from '@mantine/core';
import type { BookingPolicy } from '../../../../shared/clinic.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import type { ClinicSettingsFormValues } from './clinic-settings-form-values.ts';

const fields: { key: keyof BookingPolicy; label: string; description: string }[] = [
  {
    key: 'minNoticeMinutes',
    label: 'Minimum notice (minutes)',
    description: 'Latest a patient may book before a slot',
  },
  { key: 'maxAdvanceDays', label: 'Maximum advance (days)', description: 'How far ahead patients may book' },
  {
    key: 'cancellationNoticeHours',
    label: 'Cancellation notice (hours)',
    description: 'Patients may cancel until this long before',
  },
  { key: 'slotStepMinutes', label: 'Slot step (minutes)', description: 'Open slots start on this grid' },
];

type Props = {
  values: ClinicSettingsFormValues['bookingPolicy'];
  errors: FieldErrors;
  onChange: (key: keyof BookingPolicy, value: number | string) => void;
};

export function BookingPolicyFieldset({ values, errors, onChange }: Props) {
  return (
    <Fieldset legend="Online booking">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {fields.map(({ key, label, description }) => (
          // No min/max here: clamping would silently change what was typed; the schema explains instead.
          <NumberInput
            key={key}
            label={label}
            description={description}
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
