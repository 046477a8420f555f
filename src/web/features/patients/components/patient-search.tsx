import { Box, Kbd, Paper, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { usePatients } from '../api/use-patients.ts';
import { patientsNamespace } from '../i18n.ts';
import { PatientOption } from './patient-option.tsx';
import { moveActive } from './search-navigation.ts';
import { useClinicFormat } from './use-clinic-format.ts';
import { useSlashShortcut } from './use-slash-shortcut.ts';

const resultLimit = 8;
const debounceMs = 150;

/**
 * The header's patient search, keyboard first: "/" focuses it, results come as you type,
 * ArrowUp/ArrowDown move, Enter opens the chart (or the full list when nothing is
 * highlighted), Escape closes. A combobox whose options are referenced by
 * aria-activedescendant, so focus never leaves the box.
 */
export function PatientSearch() {
  const coarsePointer = useMediaQuery('(pointer: coarse)');
  const { t } = useTranslation(patientsNamespace);
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [opened, setOpened] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [query] = useDebouncedValue(text.trim(), debounceMs);
  const search = usePatients({ q: query, limit: resultLimit, enabled: query !== '' });
  const { locale } = useClinicFormat();
  useSlashShortcut(inputRef);

  const results = query === '' ? [] : (search.data?.pages[0]?.items ?? []);
  const ids = results.map((patient) => patient.id);
  const active = activeId !== null && ids.includes(activeId) ? activeId : null;
  const expanded = opened && text.trim() !== '';
  const optionId = (patientId: string) => `${listId}-${patientId}`;

  function close() {
    setOpened(false);
    setActiveId(null);
  }

  function leave(to: string) {
    close();
    setText('');
    inputRef.current?.blur();
    navigate(to);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpened(true);
      setActiveId(moveActive(ids, active, event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active !== null) leave(`/patients/${encodeURIComponent(active)}`);
      else if (text.trim() !== '') leave(`/patients?q=${encodeURIComponent(text.trim())}`);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // First Escape closes the list; the next one clears the box and gives the page back.
      if (expanded) close();
      else {
        setText('');
        inputRef.current?.blur();
      }
    }
  }

  return (
    <Box pos="relative" w="100%" maw={520} miw={0} style={{ flex: 1 }}>
      <TextInput
        ref={inputRef}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        // A keyboard shortcut means nothing on a touch screen.
        rightSection={coarsePointer ? null : <Kbd size="xs">/</Kbd>}
        rightSectionPointerEvents="none"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActiveId(null);
          setOpened(true);
        }}
        onFocus={() => setOpened(true)}
        onBlur={close}
        onKeyDown={handleKeyDown}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={expanded && active !== null ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      <VisuallyHidden role="status" aria-live="polite">
        {expanded && !search.isFetching && query !== '' ? t('search.found', { count: results.length }) : ''}
      </VisuallyHidden>
      {expanded && (
        <Paper
          withBorder
          shadow="md"
          p={4}
          pos="absolute"
          top="calc(100% + 4px)"
          left={0}
          right={0}
          style={{ zIndex: 300 }}
        >
          {results.length > 0 && (
            <div id={listId} role="listbox" aria-label={t('search.results')}>
              {results.map((patient) => (
                <PatientOption
                  key={patient.id}
                  id={optionId(patient.id)}
                  patient={patient}
                  active={patient.id === active}
                  locale={locale}
                  onChoose={(chosen) => leave(`/patients/${encodeURIComponent(chosen.id)}`)}
                />
              ))}
            </div>
          )}
          <SearchStatus
            searching={search.isFetching || query !== text.trim()}
            found={results.length}
            error={search.isError ? apiErrorMessage(search.error) : null}
            t={t}
          />
        </Paper>
      )}
    </Box>
  );
}

function SearchStatus({
  searching,
  found,
  error,
  t,
}: {
  searching: boolean;
  found: number;
  error: string | null;
  t: TFunction<'patients'>;
}) {
  if (error !== null) {
    return (
      <Text size="sm" c="red" p="xs">
        {error}
      </Text>
    );
  }
  if (found === 0) {
    return (
      <Text size="sm" c="dimmed" p="xs">
        {searching ? t('search.searching') : t('search.none')}
      </Text>
    );
  }
  return (
    <Text size="xs" c="dimmed" px="xs" pt={4}>
      {t('search.keys')}
    </Text>
  );
}
