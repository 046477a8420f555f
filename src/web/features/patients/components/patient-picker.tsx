import { Box, Paper, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../shared/patients.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { usePatients } from '../api/use-patients.ts';
import { AlertBadges } from './alert-badges.tsx';
import { formatPhone } from './format-phone.ts';
import { formatCalendarDate } from './patient-dates.ts';
import { displayName } from './patient-name.ts';
import { NewPatientOption, PatientOption } from './patient-option.tsx';
import { patientPickerNamespace } from './patient-picker-i18n.ts';
import { problemText, quietText } from './picker-text-colours.ts';
import { moveActive } from './search-navigation.ts';
import { useClinicFormat } from './use-clinic-format.ts';

export type PatientPickerProps = {
  value: PatientSummary | null;
  onChange: (patient: PatientSummary | null) => void;
  /** Defaults to "Patient". */
  label?: string;
  error?: ReactNode;
  required?: boolean;
  autoFocus?: boolean;
  /** The text typed so far, e.g. to start a new patient's form with it. */
  onTextChange?: (text: string) => void;
  /** Offers "New patient “…”" as the list's last option, for a caller not found. */
  onCreateNew?: (text: string) => void;
};

// The id of the "new patient" option among the patients' ids (which are UUIDs).
const newPatientKey = 'new-patient';

const resultLimit = 8;
const debounceMs = 150;

/**
 * Chooses an existing patient, keyboard first: results come as you type, each with the date
 * of birth and alert badges (two Maria Silvas are told apart by birthday, and an allergy is
 * seen before the visit is booked). ArrowUp/ArrowDown move, Enter chooses (the first result
 * when none is highlighted), Escape closes. With `onCreateNew`, the list ends with an option
 * to register the person typed, so a caller not found is one keystroke from the quick form.
 */
export function PatientPicker({
  value,
  onChange,
  label,
  error,
  required,
  autoFocus,
  onTextChange,
  onCreateNew,
}: PatientPickerProps) {
  const { t } = useTranslation(patientPickerNamespace);
  const { locale, country } = useClinicFormat();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState(value ? displayName(value) : '');
  const [shownId, setShownId] = useState(value?.id ?? null);
  const [opened, setOpened] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [query] = useDebouncedValue(text.trim(), debounceMs);

  // A patient chosen from outside (a quick new patient) shows its name in the box.
  if ((value?.id ?? null) !== shownId) {
    setShownId(value?.id ?? null);
    if (value) setText(displayName(value));
  }

  const searching = value === null && query !== '';
  const search = usePatients({ q: query, limit: resultLimit, enabled: searching });
  const results = searching ? (search.data?.pages[0]?.items ?? []) : [];
  const settled = !search.isFetching && query === text.trim();
  const offerNew = onCreateNew !== undefined && searching && settled;
  const ids = [...results.map((patient) => patient.id), ...(offerNew ? [newPatientKey] : [])];
  const active = activeId !== null && ids.includes(activeId) ? activeId : null;
  const expanded = opened && value === null && text.trim() !== '';
  const optionId = (patientId: string) => `${listId}-${patientId}`;

  function choose(patient: PatientSummary) {
    setOpened(false);
    setActiveId(null);
    setText(displayName(patient));
    setShownId(patient.id);
    onChange(patient);
  }

  function createNew() {
    setOpened(false);
    setActiveId(null);
    onCreateNew?.(text.trim());
  }

  function type(next: string) {
    setText(next);
    setActiveId(null);
    setOpened(true);
    onTextChange?.(next);
    if (value !== null) onChange(null);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpened(true);
      setActiveId(moveActive(ids, active, event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && expanded) {
      // Enter in the box chooses; it must not submit the form around the picker.
      event.preventDefault();
      const chosen = results.find((patient) => patient.id === active) ?? results[0];
      if (active === newPatientKey || (!chosen && offerNew)) createNew();
      else if (chosen) choose(chosen);
    } else if (event.key === 'Escape' && expanded) {
      // Inside a drawer the first Escape closes the list, not the drawer.
      event.preventDefault();
      setOpened(false);
      setActiveId(null);
    }
  }

  return (
    <Box>
      <Box pos="relative">
        <TextInput
          ref={inputRef}
          label={label ?? t('picker.label')}
          placeholder={t('picker.placeholder')}
          required={required}
          error={error}
          value={text}
          data-autofocus={autoFocus ? true : undefined}
          onChange={(event) => type(event.currentTarget.value)}
          onFocus={() => setOpened(true)}
          onBlur={() => setOpened(false)}
          onKeyDown={handleKeyDown}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? listId : undefined}
          aria-activedescendant={expanded && active !== null ? optionId(active) : undefined}
          // Mantine's modals and drawers leave Escape to a control that says it has a list open.
          data-mantine-stop-propagation={expanded || undefined}
          autoComplete="off"
          spellCheck={false}
        />
        <VisuallyHidden role="status" aria-live="polite">
          {expanded && !search.isFetching && query !== '' ? t('picker.found', { count: results.length }) : ''}
        </VisuallyHidden>
        {expanded && (
          // Over the content below, not in its flow: closing the list must not move the next
          // control (a click starting as the box blurs would land beside it).
          <Paper
            withBorder
            shadow="md"
            p={4}
            mah={320}
            pos="absolute"
            left={0}
            right={0}
            top="calc(100% + 4px)"
            style={{ overflowY: 'auto', zIndex: 10 }}
          >
            {ids.length > 0 && (
              <div id={listId} role="listbox" aria-label={t('picker.results')}>
                {results.map((patient) => (
                  <PatientOption
                    key={patient.id}
                    id={optionId(patient.id)}
                    patient={patient}
                    active={patient.id === active}
                    locale={locale}
                    onChoose={choose}
                  />
                ))}
                {offerNew && (
                  <NewPatientOption
                    id={optionId(newPatientKey)}
                    active={active === newPatientKey}
                    label={t('picker.createNew', { text: text.trim() })}
                    onChoose={createNew}
                  />
                )}
              </div>
            )}
            <Text size="xs" c={search.isError ? problemText : quietText} p="xs">
              {search.isError
                ? apiErrorMessage(search.error)
                : results.length > 0
                  ? t('picker.keys')
                  : search.isFetching || query !== text.trim()
                    ? t('picker.searching')
                    : t('picker.noneFound')}
            </Text>
          </Paper>
        )}
      </Box>
      {value && (
        <Stack gap={4} mt={6} aria-label={t('picker.selected', { name: displayName(value) })} role="group">
          <Text size="sm" c={quietText}>
            {t('picker.born', { date: formatCalendarDate(value.dateOfBirth, locale) })} ·{' '}
            {(value.phone && formatPhone(value.phone, country)) ?? value.email ?? t('picker.noPhone')}
          </Text>
          <AlertBadges alerts={value.alerts} size="sm" />
        </Stack>
      )}
    </Box>
  );
}
