import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../../shared/patients.ts';
import { patientsNamespace } from '../i18n.ts';
import type { patients } from '../locales/en.ts';
import { formatPhone } from './format-phone.ts';
import { formatCalendarDate } from './patient-dates.ts';
import { useClinicFormat } from './use-clinic-format.ts';

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
  const { t } = useTranslation(patientsNamespace);
  const emergency = patient.emergencyContact;
  const { country } = useClinicFormat();
  const label = (field: keyof typeof patients.profile.fields) => t(`profile.fields.${field}`);
  return (
    <Stack>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} m={0}>
        <Item label={label('firstName')}>{patient.firstName}</Item>
        <Item label={label('lastName')}>{patient.lastName}</Item>
        <Item label={label('preferredName')}>{patient.preferredName}</Item>
        <Item label={label('dateOfBirth')}>{formatCalendarDate(patient.dateOfBirth, locale)}</Item>
        <Item label={label('sex')}>{patient.sex ? t(`profile.sex.${patient.sex}`) : null}</Item>
        <Item label={label('phone')}>{patient.phone && formatPhone(patient.phone, country)}</Item>
        <Item label={label('secondaryPhone')}>
          {patient.secondaryPhone && formatPhone(patient.secondaryPhone, country)}
        </Item>
        <Item label={label('email')}>{patient.email}</Item>
        <Item label={label('preferredContact')}>
          {patient.preferredContact ? t(`profile.contactChannels.${patient.preferredContact}`) : null}
        </Item>
        <Item label={label('address')}>{addressText(patient.address)}</Item>
        <Item label={label('emergencyContact')}>
          {emergency
            ? `${emergency.name}${emergency.relationship ? ` (${emergency.relationship})` : ''}\n${formatPhone(emergency.phone, country)}`
            : null}
        </Item>
        <Item label={label('insurance')}>
          {patient.insurance.length > 0
            ? patient.insurance.map((policy) => `${policy.carrier} · ${policy.memberId}`).join('\n')
            : null}
        </Item>
      </SimpleGrid>
      <Item label={label('notes')}>{patient.notes}</Item>
    </Stack>
  );
}
