import { Fieldset, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactChannel, InsurancePolicy, Sex } from '../../../../shared/patients.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { patientsNamespace } from '../i18n.ts';
import type { patients } from '../locales/en.ts';
import type { ProfileField, ProfileFormValues } from './profile-form-values.ts';

type FieldLabel = keyof typeof patients.profile.fields;

const subscriberRelationships = InsurancePolicy.shape.subscriberRelationship.unwrap().options;

type FieldSpec = {
  field: ProfileField;
  kind?: 'date' | 'tel' | 'email' | 'select';
  options?: { value: string; label: string }[];
  /** A select that always has a value (no "not set"). */
  noBlank?: boolean;
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
  'insurance.primary.carrier': 'carrier',
  'insurance.primary.plan': 'plan',
  'insurance.primary.memberId': 'memberId',
  'insurance.primary.groupNumber': 'groupNumber',
  'insurance.primary.subscriberName': 'subscriberName',
  'insurance.primary.subscriberRelationship': 'subscriberRelationship',
  'insurance.secondary.carrier': 'carrier',
  'insurance.secondary.plan': 'plan',
  'insurance.secondary.memberId': 'memberId',
  'insurance.secondary.groupNumber': 'groupNumber',
  'insurance.secondary.subscriberName': 'subscriberName',
  'insurance.secondary.subscriberRelationship': 'subscriberRelationship',
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
    ...(['primary', 'secondary'] as const).map((priority) => ({
      legend: `${priority}Insurance` as const,
      fields: [
        { field: `insurance.${priority}.carrier` as const },
        { field: `insurance.${priority}.plan` as const },
        { field: `insurance.${priority}.memberId` as const },
        { field: `insurance.${priority}.groupNumber` as const },
        { field: `insurance.${priority}.subscriberName` as const },
        {
          field: `insurance.${priority}.subscriberRelationship` as const,
          kind: 'select' as const,
          noBlank: true,
          options: subscriberRelationships.map((relationship) => ({
            value: relationship,
            label: t(`profile.subscriberRelationships.${relationship}`),
          })),
        },
      ],
    })),
  ];

  function input(spec: FieldSpec) {
    const common = {
      label: t(`profile.fields.${profileFieldLabels[spec.field]}`),
      value: values[spec.field],
      error: errors[spec.field],
      withAsterisk: spec.required,
    };
    if (spec.kind === 'select') {
      const options = [
        ...(spec.noBlank ? [] : [{ value: '', label: t('profile.notSet') }]),
        ...(spec.options ?? []),
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
