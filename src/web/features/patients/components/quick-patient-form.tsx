import { Alert, Button, Fieldset, Group, List, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatePatientInput, type PatientSummary } from '../../../../shared/patients.ts';
import { ApiError } from '../../../api/api-error.ts';
import { type FieldErrors, withoutError } from '../../../forms/field-errors.ts';
import { useCreatePatient } from '../api/use-create-patient.ts';
import { formatPhone } from './format-phone.ts';
import { formatCalendarDate, todayIn } from './patient-dates.ts';
import { displayName, fullName } from './patient-name.ts';
import { patientPickerNamespace } from './patient-picker-i18n.ts';
import { duplicateCandidatesOf, patientErrorMessage } from './patient-problem.ts';
import { problemText, quietText, strongAction } from './picker-text-colours.ts';
import { useClinicFormat } from './use-clinic-format.ts';

export type QuickPatientFormProps = {
  onCreated: (patient: PatientSummary) => void;
  onCancel: () => void;
  /** What was typed in the search, split into first and last name to start with. */
  initialName?: string;
};

type Values = { firstName: string; lastName: string; phone: string; email: string; dateOfBirth: string };
type Field = keyof Values;

function startingValues(initialName: string | undefined): Values {
  const words = (initialName ?? '').trim().split(/\s+/).filter(Boolean);
  // Digits or an @ were a phone or an email being searched, not a name.
  const name = words.filter((word) => /^\p{L}[\p{L}'’.-]*$/u.test(word));
  return {
    firstName: name.slice(0, 1).join(' '),
    lastName: name.slice(1).join(' '),
    phone: '',
    email: '',
    dateOfBirth: '',
  };
}

/**
 * Registers a patient with only what the desk asks on the phone: name, a way to reach them,
 * date of birth. Not a <form> of its own, as it sits inside another form (the booking
 * drawer); Enter in its fields creates the patient instead of submitting the outer form. A
 * possible duplicate is shown as the patients page does, with the record to use instead.
 */
export function QuickPatientForm({ onCreated, onCancel, initialName }: QuickPatientFormProps) {
  const { t } = useTranslation(patientPickerNamespace);
  const { locale, timeZone, country } = useClinicFormat();
  const create = useCreatePatient();
  const [values, setValues] = useState<Values>(() => startingValues(initialName));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [candidates, setCandidates] = useState<PatientSummary[] | null>(null);

  function setField(key: Field, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(withoutError(current, key), 'contact'));
    setCandidates(null);
  }

  // Messages by field and rule, in the user's language, never the server's English.
  function problemFor(key: string): string {
    const value = values[key as Field] ?? '';
    if (value.trim() === '') return t('quickPatient.errors.required');
    if (key === 'email' || key === 'phone' || key === 'dateOfBirth') return t(`quickPatient.errors.${key}`);
    return t('quickPatient.errors.invalid');
  }

  function validate(): CreatePatientInput | null {
    const found: FieldErrors = {};
    const parsed = CreatePatientInput.safeParse({
      ...values,
      dateOfBirth: values.dateOfBirth === '' ? undefined : values.dateOfBirth,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        found[String(issue.path[0])] ??= problemFor(String(issue.path[0]));
    }
    if (values.dateOfBirth !== '' && values.dateOfBirth > todayIn(timeZone)) {
      found.dateOfBirth = t('quickPatient.errors.dateOfBirth');
    }
    if (values.phone.trim() === '' && values.email.trim() === '')
      found.contact = t('quickPatient.errors.contact');
    setErrors(found);
    return Object.keys(found).length === 0 && parsed.success ? parsed.data : null;
  }

  function submit(confirmNotDuplicate: boolean) {
    setMessage(null);
    const input = validate();
    if (!input) {
      setCandidates(null);
      return;
    }
    create.mutate(confirmNotDuplicate ? { ...input, confirmNotDuplicate: true } : input, {
      onSuccess: (patient) => {
        notifications.show({
          color: 'teal',
          message: t('quickPatient.created', { name: fullName(patient) }),
        });
        onCreated(patient);
      },
      onError: (error) => {
        const duplicates = duplicateCandidatesOf(error);
        if (duplicates !== null) {
          setCandidates(duplicates);
          return;
        }
        setMessage(patientErrorMessage(error));
        if (error instanceof ApiError) {
          const found: FieldErrors = {};
          for (const problem of error.errors) found[problem.path] ??= problemFor(problem.path);
          setErrors(found);
        }
      },
    });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      submit(false);
    }
  }

  const field = (key: Field) => ({
    value: values[key],
    onChange: (event: { currentTarget: HTMLInputElement }) => setField(key, event.currentTarget.value),
    error: errors[key],
    label: t(`quickPatient.${key}`),
    autoComplete: 'off',
  });

  return (
    <Fieldset legend={t('quickPatient.legend')} onKeyDown={handleKeyDown}>
      <Stack gap="sm">
        {message && (
          <Alert color="red" title={t('quickPatient.failed')}>
            {message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput withAsterisk data-autofocus {...field('firstName')} />
          <TextInput withAsterisk {...field('lastName')} />
          <TextInput type="tel" {...field('phone')} />
          <TextInput type="email" {...field('email')} />
          <TextInput type="date" withAsterisk {...field('dateOfBirth')} />
        </SimpleGrid>
        <Text
          size="xs"
          c={errors.contact ? problemText : quietText}
          role={errors.contact ? 'alert' : undefined}
        >
          {errors.contact ?? t('quickPatient.contactHint')}
        </Text>
        {candidates !== null && (
          <Alert color="yellow" title={t('quickPatient.duplicate.title')} role="alert">
            <Stack gap="xs">
              <Text size="sm">{t('quickPatient.duplicate.body')}</Text>
              <List spacing="xs" aria-label={t('quickPatient.duplicate.list')}>
                {candidates.map((candidate) => (
                  <List.Item key={candidate.id}>
                    <Group gap="xs">
                      <Button size="compact-sm" variant="light" onClick={() => onCreated(candidate)}>
                        {t('quickPatient.duplicate.use', { name: displayName(candidate) })}
                      </Button>
                      <Text span size="sm" c={quietText}>
                        {t('quickPatient.duplicate.details', {
                          date: formatCalendarDate(candidate.dateOfBirth, locale),
                          phone:
                            (candidate.phone && formatPhone(candidate.phone, country)) ??
                            candidate.email ??
                            '—',
                        })}
                      </Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
              <Group>
                <Button color="yellow" autoContrast loading={create.isPending} onClick={() => submit(true)}>
                  {t('quickPatient.duplicate.createAnyway')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('quickPatient.cancel')}
          </Button>
          <Button
            color={strongAction}
            loading={create.isPending && candidates === null}
            onClick={() => submit(false)}
          >
            {t('quickPatient.create')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
