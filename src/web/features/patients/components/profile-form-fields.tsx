import { Fieldset, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import type { ProfileField, ProfileFormValues } from './profile-form-values.ts';
import { profileOptionLabels } from './profile-view.tsx';

type FieldSpec = {
  field: ProfileField;
  label: string;
  kind?: 'date' | 'tel' | 'email' | 'select';
  options?: Record<string, string>;
  required?: boolean;
};

export const profileFieldLabels: Record<ProfileField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  phone: 'Phone',
  secondaryPhone: 'Secondary phone',
  email: 'Email',
  preferredContact: 'Preferred contact',
  'address.line1': 'Address line 1',
  'address.line2': 'Address line 2',
  'address.city': 'City',
  'address.region': 'Region or state',
  'address.postalCode': 'Postal code',
  'address.country': 'Country (two letters)',
  'emergencyContact.name': 'Emergency contact name',
  'emergencyContact.relationship': 'Relationship',
  'emergencyContact.phone': 'Emergency contact phone',
  notes: 'Notes',
};

const sections: { legend: string; fields: FieldSpec[] }[] = [
  {
    legend: 'Identity',
    fields: [
      { field: 'firstName', label: profileFieldLabels.firstName, required: true },
      { field: 'lastName', label: profileFieldLabels.lastName, required: true },
      { field: 'preferredName', label: profileFieldLabels.preferredName },
      { field: 'dateOfBirth', label: profileFieldLabels.dateOfBirth, kind: 'date', required: true },
      { field: 'sex', label: profileFieldLabels.sex, kind: 'select', options: profileOptionLabels.sex },
    ],
  },
  {
    legend: 'Contact',
    fields: [
      { field: 'phone', label: profileFieldLabels.phone, kind: 'tel' },
      { field: 'secondaryPhone', label: profileFieldLabels.secondaryPhone, kind: 'tel' },
      { field: 'email', label: profileFieldLabels.email, kind: 'email' },
      {
        field: 'preferredContact',
        label: profileFieldLabels.preferredContact,
        kind: 'select',
        options: profileOptionLabels.preferredContact,
      },
    ],
  },
  {
    legend: 'Address',
    fields: (
      [
        'address.line1',
        'address.line2',
        'address.city',
        'address.region',
        'address.postalCode',
        'address.country',
      ] as const
    ).map((field) => ({ field, label: profileFieldLabels[field] })),
  },
  {
    legend: 'Emergency contact',
    fields: [
      { field: 'emergencyContact.name', label: profileFieldLabels['emergencyContact.name'] },
      { field: 'emergencyContact.relationship', label: profileFieldLabels['emergencyContact.relationship'] },
      { field: 'emergencyContact.phone', label: profileFieldLabels['emergencyContact.phone'], kind: 'tel' },
    ],
  },
];

type Props = {
  values: ProfileFormValues;
  errors: FieldErrors;
  editable: ReadonlySet<ProfileField>;
  onChange: (field: ProfileField, value: string) => void;
};

export function ProfileFormFields({ values, errors, editable, onChange }: Props) {
  function input(spec: FieldSpec) {
    const common = {
      label: spec.label,
      value: values[spec.field],
      error: errors[spec.field],
      withAsterisk: spec.required,
    };
    if (spec.kind === 'select') {
      const options = [
        { value: '', label: 'Not set' },
        ...Object.entries(spec.options ?? {}).map(([value, label]) => ({ value, label })),
      ];
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
          <Fieldset key={section.legend} legend={section.legend}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>{shown.map(input)}</SimpleGrid>
          </Fieldset>
        );
      })}
      {editable.has('notes') && (
        <Textarea
          label={profileFieldLabels.notes}
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
