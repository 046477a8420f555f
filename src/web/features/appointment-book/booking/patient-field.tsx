import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../shared/patients.ts';
import { PatientPicker, QuickPatientForm } from '../../patients/index.ts';
import { bookingNamespace } from './i18n.ts';

type Props = {
  value: PatientSummary | null;
  onChange: (patient: PatientSummary | null) => void;
  error: string | undefined;
};

/** Who the visit is for: an existing patient found by typing, or a caller registered on the spot. */
export function PatientField({ value, onChange, error }: Props) {
  const { t } = useTranslation(bookingNamespace);
  const [adding, setAdding] = useState(false);
  const [typedName, setTypedName] = useState('');

  if (adding) {
    return (
      <QuickPatientForm
        initialName={typedName}
        onCancel={() => setAdding(false)}
        onCreated={(patient) => {
          setAdding(false);
          onChange(patient);
        }}
      />
    );
  }
  return (
    <Stack gap={4}>
      <PatientPicker
        value={value}
        onChange={onChange}
        onTextChange={setTypedName}
        onCreateNew={(text) => {
          setTypedName(text);
          setAdding(true);
        }}
        error={error}
        required
        autoFocus
      />
      <Group justify="flex-end">
        <Button variant="subtle" size="compact-sm" onClick={() => setAdding(true)}>
          {t('drawer.newPatient')}
        </Button>
      </Group>
    </Stack>
  );
}
