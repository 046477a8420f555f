import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordInput } from '../../../../shared/auth.ts';
import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import {
  type FieldErrors,
  formParse,
  problemFieldErrors,
  withoutError,
  zodFieldErrors,
} from '../../../forms/field-errors.ts';
import { useChangePassword } from '../api/use-change-password.ts';
import { accountNamespace } from '../i18n.ts';

const empty = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation(accountNamespace);
  const change = useChangePassword();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});

  function setField(key: keyof typeof empty, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(current, key));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ChangePasswordInput.safeParse(values, formParse);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    if (parsed.data.currentPassword === '') {
      setErrors({ currentPassword: t('password.enterCurrent') });
      return;
    }
    setErrors({});
    change.mutate(parsed.data, {
      onSuccess: () => {
        setValues(empty);
        notifications.show({
          color: 'teal',
          message: t('password.changed'),
        });
      },
      onError: (error) => setErrors(changePasswordFieldErrors(error, t)),
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack maw={420}>
        {change.isError && (
          <Alert color="red" title={t('password.failedTitle')}>
            {changePasswordMessage(change.error, t)}
          </Alert>
        )}
        <PasswordInput
          label={t('password.current')}
          value={values.currentPassword}
          onChange={(event) => setField('currentPassword', event.currentTarget.value)}
          error={errors.currentPassword}
          autoComplete="current-password"
        />
        <PasswordInput
          label={t('password.new')}
          description={t('password.newHint')}
          value={values.newPassword}
          onChange={(event) => setField('newPassword', event.currentTarget.value)}
          error={errors.newPassword}
          autoComplete="new-password"
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function changePasswordMessage(error: Error, t: TFunction<'account'>): string {
  if (error instanceof ApiError && error.code === 'wrong_password') return t('password.currentWrong');
  return apiErrorMessage(error);
}

function changePasswordFieldErrors(error: Error, t: TFunction<'account'>): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  if (error.code === 'wrong_password') return { currentPassword: t('password.notCorrect') };
  // The strength check reports on `password`; on this form that is the new one.
  if (error.code === 'weak_password') {
    const advice = problemFieldErrors(error, { general: () => t('password.tooEasyToGuess') }).password;
    return { newPassword: advice ?? t('password.tooEasyToGuess') };
  }
  return problemFieldErrors(error);
}
