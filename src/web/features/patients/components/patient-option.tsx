import { Group, Stack, Text } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../shared/patients.ts';
import { AlertBadges } from './alert-badges.tsx';
import { formatPhone } from './format-phone.ts';
import { formatCalendarDate } from './patient-dates.ts';
import { displayName } from './patient-name.ts';
import { patientPickerNamespace } from './patient-picker-i18n.ts';
import { quietText } from './picker-text-colours.ts';
import { useClinicFormat } from './use-clinic-format.ts';

type Props = {
  id: string;
  patient: PatientSummary;
  active: boolean;
  locale: string;
  onChoose: (patient: PatientSummary) => void;
};

/**
 * An option of a combobox whose box keeps the focus and points at the active option
 * (aria-activedescendant): the keyboard drives it from the box (ArrowUp/Down, Enter), the mouse
 * may click.
 */
function ComboboxOption(props: { id: string; active: boolean; onChoose: () => void; children: ReactNode }) {
  const { active } = props;
  const style: CSSProperties = {
    cursor: 'pointer',
    padding: 'var(--mantine-spacing-xs) var(--mantine-spacing-sm)',
    borderRadius: 'var(--mantine-radius-sm)',
    background: active ? 'var(--mantine-primary-color-light)' : undefined,
    outline: active ? '2px solid var(--mantine-primary-color-filled)' : undefined,
    outlineOffset: -2,
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the combobox input
    <div
      id={props.id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      // Keeps focus in the box, so its blur does not close the list before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onChoose}
      style={style}
    >
      {props.children}
    </div>
  );
}

/**
 * One patient among search results (the header's search and the booking picker): name, birth
 * date, contact and alert badges. Focus stays in the box, which points here.
 */
export function PatientOption({ id, patient, active, locale, onChoose }: Props) {
  const { t } = useTranslation(patientPickerNamespace);
  const name = displayName(patient);
  const { country } = useClinicFormat();
  return (
    <ComboboxOption id={id} active={active} onChoose={() => onChoose(patient)}>
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600} size="sm" truncate>
            {patient.archived ? t('picker.archived', { name }) : name}
          </Text>
          <Text size="xs" c={quietText} style={{ whiteSpace: 'nowrap' }}>
            {t('picker.born', { date: formatCalendarDate(patient.dateOfBirth, locale) })}
          </Text>
        </Group>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="xs" c={quietText} truncate>
            {patient.phone ? formatPhone(patient.phone, country) : t('picker.noPhone')}
            {patient.email ? ` · ${patient.email}` : ''}
          </Text>
          <AlertBadges alerts={patient.alerts} max={2} size="xs" asList={false} />
        </Group>
      </Stack>
    </ComboboxOption>
  );
}

/** The list's last option: register the person typed, when they are not found. */
export function NewPatientOption({
  id,
  active,
  label,
  onChoose,
}: {
  id: string;
  active: boolean;
  label: string;
  onChoose: () => void;
}) {
  return (
    <ComboboxOption id={id} active={active} onChoose={onChoose}>
      <Text size="sm" fw={600}>
        <span aria-hidden="true">+ </span>
        {label}
      </Text>
    </ComboboxOption>
  );
}
