import { Alert, Button, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegisterInput } from '../../../../shared/auth.ts';
import { type FieldErrors, formParse, withoutError, zodFieldErrors } from '../../../forms/field-errors.ts';
import { useRegister } from '../api/use-register.ts';
import { authNamespace } from '../i18n.ts';
import { registerErrorFrom } from './register-error.ts';
import {
  emptyRegisterForm,
  type RegisterFormValues,
  registerFields,
  toRegisterCandidate,
} from './register-form-fields.ts';

export function RegisterForm({ onRegistered }: { onRegistered: (email: string) => void }) {
  const { t } = useTranslation(authNamespace);
  const register = useRegister();
  const [values, setValues] = useState<RegisterFormValues>(emptyRegisterForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  function setField(key: keyof RegisterFormValues, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(current, key));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    // The same schema the server validates with; strength is judged there only.
    const parsed = RegisterInput.safeParse(toRegisterCandidate(values), formParse);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    register.mutate(parsed.data, {
      onSuccess: () => onRegistered(parsed.data.email),
      onError: (error) => {
        const problem = registerErrorFrom(error, t);
        setMessage(problem.message);
        setErrors(problem.fields);
      },
    });
  }

  const [firstName, lastName, ...rest] = registerFields;
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {message && (
          <Alert color="red" title={t('register.failedTitle')}>
            {message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {[firstName, lastName].map((field) => field && renderField(field))}
        </SimpleGrid>
        {rest.map(renderField)}
        <Button type="submit" loading={register.isPending}>
          {t('register.submit')}
        </Button>
      </Stack>
    </form>
  );

  function renderField(field: (typeof registerFields)[number]) {
    const common = {
      label: t(`register.fields.${field.key}`),
      description: field.description && t(`register.${field.description}`),
      value: values[field.key],
      onChange: (event: { currentTarget: HTMLInputElement }) =>
        setField(field.key, event.currentTarget.value),
      error: errors[field.key],
      autoComplete: field.autoComplete,
    };
    return field.type === 'password' ? (
      <PasswordInput key={field.key} {...common} />
    ) : (
      <TextInput key={field.key} {...common} type={field.type} />
    );
  }
}
