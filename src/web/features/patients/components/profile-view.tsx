import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Patient } from '../../../../shared/patients.ts';
import { formatCalendarDate } from './patient-dates.ts';

const sexLabels: Record<NonNullable<Patient['sex']>, string> = {
  female: 'Female',
  male: 'Male',
  intersex: 'Intersex',
  unknown: 'Not stated',
};

const contactLabels: Record<NonNullable<Patient['preferredContact']>, string> = {
  email: 'Email',
  sms: 'Text message',
  phone: 'Phone call',
  mail: 'Post',
};

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-line' }}>
        {children ?? '—'}
      </Text>
    </div>
  );
}

function addressText(address: Patient['address']): string | null {
  if (!address) return null;
  const cityLine = [address.postalCode, address.city, address.region].filter(Boolean).join(' ');
  return [address.line1, address.line2, cityLine, address.country].filter(Boolean).join('\n');
}

export function ProfileView({ patient, locale }: { patient: Patient; locale: string }) {
  const emergency = patient.emergencyContact;
  return (
    <Stack>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} m={0}>
        <Item label="First name">{patient.firstName}</Item>
        <Item label="Last name">{patient.lastName}</Item>
        <Item label="Preferred name">{patient.preferredName}</Item>
        <Item label="Date of birth">{formatCalendarDate(patient.dateOfBirth, locale)}</Item>
        <Item label="Sex">{patient.sex ? sexLabels[patient.sex] : null}</Item>
        <Item label="Phone">{patient.phone}</Item>
        <Item label="Secondary phone">{patient.secondaryPhone}</Item>
        <Item label="Email">{patient.email}</Item>
        <Item label="Preferred contact">
          {patient.preferredContact ? contactLabels[patient.preferredContact] : null}
        </Item>
        <Item label="Address">{addressText(patient.address)}</Item>
        <Item label="Emergency contact">
          {emergency
            ? `${emergency.name}${emergency.relationship ? ` (${emergency.relationship})` : ''}\n${emergency.phone}`
            : null}
        </Item>
        <Item label="Insurance">
          {patient.insurance.length > 0
            ? patient.insurance.map((policy) => `${policy.carrier} · ${policy.memberId}`).join('\n')
            : null}
        </Item>
      </SimpleGrid>
      <Item label="Notes">{patient.notes}</Item>
    </Stack>
  );
}

export const profileOptionLabels = { sex: sexLabels, preferredContact: contactLabels };
