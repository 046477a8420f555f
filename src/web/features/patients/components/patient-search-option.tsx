import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../shared/patients.ts';
import { patientsNamespace } from '../i18n.ts';
import { AlertBadges } from './alert-badges.tsx';
import { formatCalendarDate } from './patient-dates.ts';
import { displayName } from './patient-name.ts';

type Props = {
  id: string;
  patient: PatientSummary;
  active: boolean;
  locale: string;
  onOpen: (patientId: string) => void;
};

/** One search result. Focus stays in the search box (aria-activedescendant points here). */
export function PatientSearchOption({ id, patient, active, locale, onOpen }: Props) {
  const { t } = useTranslation(patientsNamespace);
  return (
    // The keyboard drives the options from the search box (ArrowUp/Down, Enter), so an option
    // needs no key handler of its own; the mouse may still click one.
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the combobox input
    <div
      id={id}
      role="option"
      // Programmatically focusable only: focus stays in the search box, which points here.
      tabIndex={-1}
      aria-selected={active}
      // Keeps focus in the input, so the blur does not close the list before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(patient.id)}
      style={{
        cursor: 'pointer',
        padding: 'var(--mantine-spacing-xs) var(--mantine-spacing-sm)',
        borderRadius: 'var(--mantine-radius-sm)',
        background: active ? 'var(--mantine-primary-color-light)' : undefined,
        outline: active ? '2px solid var(--mantine-primary-color-filled)' : undefined,
        outlineOffset: -2,
      }}
    >
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600} size="sm" truncate>
            {displayName(patient)}
            {patient.archived ? t('search.archived') : ''}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('search.born', { date: formatCalendarDate(patient.dateOfBirth, locale) })}
          </Text>
        </Group>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate>
            {patient.phone ?? t('search.noPhone')}
            {patient.email ? ` · ${patient.email}` : ''}
          </Text>
          <AlertBadges alerts={patient.alerts} max={2} size="xs" asList={false} />
        </Group>
      </Stack>
    </div>
  );
}
