import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { CreatePatientInput, type PatientSummary } from '../../../../shared/patients.ts';
import { ApiError } from '../../../api/api-error.ts';
import {
  type FieldErrors,
  requiredWhenMissing,
  toFieldErrors,
  withoutError,
} from '../../../forms/field-errors.ts';
import { useCreatePatient } from '../api/use-create-patient.ts';
import { DuplicateCandidates } from './duplicate-candidates.tsx';
import { fullName } from './patient-name.ts';
import { duplicateCandidatesOf, patientErrorMessage } from './patient-problem.ts';
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
    const parsed = CreatePatientInput.safeParse(toCandidate(values), requiredWhenMissing);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues));
      setCandidates(null);
      return;
    }
    setErrors({});
    const input = confirmNotDuplicate ? { ...parsed.data, confirmNotDuplicate: true } : parsed.data;
    create.mutate(input, {
      onSuccess: (patient) => {
        notifications.show({ color: 'teal', message: `${fullName(patient)} is registered` });
        navigate(`/patients/${encodeURIComponent(patient.id)}`);
      },
      onError: (error) => {
        const duplicates = duplicateCandidatesOf(error);
        if (duplicates !== null) {
          setCandidates(duplicates);
          return;
        }
        setMessage(patientErrorMessage(error));
        if (error instanceof ApiError) setErrors(toFieldErrors(error.errors));
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
          <Alert color="red" title="Could not create the patient">
            {message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" autoComplete="off" withAsterisk {...field('firstName')} />
          <TextInput label="Last name" autoComplete="off" withAsterisk {...field('lastName')} />
          <TextInput label="Date of birth" type="date" withAsterisk {...field('dateOfBirth')} />
          <TextInput label="Phone" type="tel" autoComplete="off" {...field('phone')} />
          <TextInput label="Email" type="email" autoComplete="off" {...field('email')} />
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
            Create patient
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
