import { Fieldset, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactChannel, Sex } from '../../../../shared/patients.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { patientsNamespace } from '../i18n.ts';
import type { patients } from '../locales/en.ts';
import type { ProfileField, ProfileFormValues } from './profile-form-values.ts';

type FieldLabel = keyof typeof patients.profile.fields;

type FieldSpec = {
  field: ProfileField;
  kind?: 'date' | 'tel' | 'email' | 'select';
  options?: { value: string; label: string }[];
  required?: boolean;
};

/** The message key naming each field (also used to name the fields two people both changed). */
export const profileFieldLabels: Record<ProfileField, FieldLabel> = {
  firstName: 'firstName',
  lastName: 'lastName',
  preferredName: 'preferredName',
  dateOfBirth: 'dateOfBirth',
  sex: 'sex',
  phone: 'phone',
  secondaryPhone: 'secondaryPhone',
  email: 'email',
  preferredContact: 'preferredContact',
  'address.line1': 'addressLine1',
  'address.line2': 'addressLine2',
  'address.city': 'city',
  'address.region': 'region',
  'address.postalCode': 'postalCode',
  'address.country': 'country',
  'emergencyContact.name': 'emergencyContactName',
  'emergencyContact.relationship': 'emergencyContactRelationship',
  'emergencyContact.phone': 'emergencyContactPhone',
  notes: 'notes',
};

type Props = {
  values: ProfileFormValues;
  errors: FieldErrors;
  editable: ReadonlySet<ProfileField>;
  onChange: (field: ProfileField, value: string) => void;
};

export function ProfileFormFields({ values, errors, editable, onChange }: Props) {
  const { t } = useTranslation(patientsNamespace);
  const sections: { legend: keyof typeof patients.profile.sections; fields: FieldSpec[] }[] = [
    {
      legend: 'identity',
      fields: [
        { field: 'firstName', required: true },
        { field: 'lastName', required: true },
        { field: 'preferredName' },
        { field: 'dateOfBirth', kind: 'date', required: true },
        {
          field: 'sex',
          kind: 'select',
          options: Sex.options.map((sex) => ({ value: sex, label: t(`profile.sex.${sex}`) })),
        },
      ],
    },
    {
      legend: 'contact',
      fields: [
        { field: 'phone', kind: 'tel' },
        { field: 'secondaryPhone', kind: 'tel' },
        { field: 'email', kind: 'email' },
        {
          field: 'preferredContact',
          kind: 'select',
          options: ContactChannel.options.map((channel) => ({
            value: channel,
            label: t(`profile.contactChannels.${channel}`),
          })),
        },
      ],
    },
    {
      legend: 'address',
      fields: (
        [
          'address.line1',
          'address.line2',
          'address.city',
          'address.region',
          'address.postalCode',
          'address.country',
        ] as const
      ).map((field) => ({ field })),
    },
    {
      legend: 'emergencyContact',
      fields: [
        { field: 'emergencyContact.name' },
        { field: 'emergencyContact.relationship' },
        { field: 'emergencyContact.phone', kind: 'tel' },
      ],
    },
  ];

  function input(spec: FieldSpec) {
    const common = {
      label: t(`profile.fields.${profileFieldLabels[spec.field]}`),
      value: values[spec.field],
      error: errors[spec.field],
      withAsterisk: spec.required,
    };
    if (spec.kind === 'select') {
      const options = [{ value: '', label: t('profile.notSet') }, ...(spec.options ?? [])];
      return (
        <NativeSelect
          key={spec.field}
          {...common}
          data={options}
          onChange={(event) => onChange(spec.field, event.currentTarget.value)}
        />
      );
    }
    return (
      <TextInput
        key={spec.field}
        {...common}
        type={spec.kind ?? 'text'}
        autoComplete="off"
        onChange={(event) => onChange(spec.field, event.currentTarget.value)}
      />
    );
  }

  return (
    <>
      {sections.map((section) => {
        const shown = section.fields.filter((spec) => editable.has(spec.field));
        if (shown.length === 0) return null;
        return (
          <Fieldset key={section.legend} legend={t(`profile.sections.${section.legend}`)}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>{shown.map(input)}</SimpleGrid>
          </Fieldset>
        );
      })}
      {editable.has('notes') && (
        <Textarea
          label={t('profile.fields.notes')}
          autosize
          minRows={2}
          value={values.notes}
          error={errors.notes}
          onChange={(event) => onChange('notes', event.currentTarget.value)}
        />
      )}
    </>
  );
}
