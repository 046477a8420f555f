import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreatePatientInput, type PatientSummary } from '../../../../shared/patients.ts';
import { type FieldErrors, formParse, withoutError, zodFieldErrors } from '../../../forms/field-errors.ts';
import { useCreatePatient } from '../api/use-create-patient.ts';
import { patientsNamespace } from '../i18n.ts';
import { DuplicateCandidates } from './duplicate-candidates.tsx';
import { fullName } from './patient-name.ts';
import { duplicateCandidatesOf, patientErrorMessage, patientFieldErrors } from './patient-problem.ts';
import { useClinicFormat } from './use-clinic-format.ts';

type Values = { firstName: string; lastName: string; dateOfBirth: string; phone: string; email: string };
type Field = keyof Values;

const empty: Values = { firstName: '', lastName: '', dateOfBirth: '', phone: '', email: '' };

// A blank date is "Required", not "Must be a date like 1985-03-02".
function toCandidate(values: Values): Record<string, string> {
  const { dateOfBirth, ...rest } = values;
  return dateOfBirth === '' ? rest : { ...rest, dateOfBirth };
}

export function NewPatientForm() {
  const { t } = useTranslation(patientsNamespace);
  const navigate = useNavigate();
  const create = useCreatePatient();
  const { locale } = useClinicFormat();
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [candidates, setCandidates] = useState<PatientSummary[] | null>(null);

  function setField(key: Field, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(current, key));
    // The warning was about what was typed before; changed details deserve a fresh check.
    setCandidates(null);
  }

  function submit(confirmNotDuplicate: boolean) {
    setMessage(null);
    const parsed = CreatePatientInput.safeParse(toCandidate(values), formParse);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      setCandidates(null);
      return;
    }
    setErrors({});
    const input = confirmNotDuplicate ? { ...parsed.data, confirmNotDuplicate: true } : parsed.data;
    create.mutate(input, {
      onSuccess: (patient) => {
        notifications.show({
          color: 'teal',
          message: t('newPatient.registered', { name: fullName(patient) }),
        });
        navigate(`/patients/${encodeURIComponent(patient.id)}`);
      },
      onError: (error) => {
        const duplicates = duplicateCandidatesOf(error);
        if (duplicates !== null) {
          setCandidates(duplicates);
          return;
        }
        setMessage(patientErrorMessage(error));
        setErrors(patientFieldErrors(error));
      },
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(false);
  }

  const field = (key: Field) => ({
    value: values[key],
    onChange: (event: { currentTarget: HTMLInputElement }) => setField(key, event.currentTarget.value),
    error: errors[key],
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack maw={720}>
        {message && (
          <Alert color="red" title={t('newPatient.failedTitle')}>
            {message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('profile.fields.firstName')}
            autoComplete="off"
            withAsterisk
            {...field('firstName')}
          />
          <TextInput
            label={t('profile.fields.lastName')}
            autoComplete="off"
            withAsterisk
            {...field('lastName')}
          />
          <TextInput
            label={t('profile.fields.dateOfBirth')}
            type="date"
            withAsterisk
            {...field('dateOfBirth')}
          />
          <TextInput label={t('profile.fields.phone')} type="tel" autoComplete="off" {...field('phone')} />
          <TextInput label={t('profile.fields.email')} type="email" autoComplete="off" {...field('email')} />
        </SimpleGrid>
        {candidates !== null && (
          <DuplicateCandidates
            candidates={candidates}
            locale={locale}
            creating={create.isPending}
            onCreateAnyway={() => submit(true)}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending && candidates === null}>
            {t('newPatient.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
