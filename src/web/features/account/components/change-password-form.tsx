import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ChangePasswordInput } from '../../../../shared/auth.ts';
import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import {
  type FieldErrors,
  requiredWhenMissing,
  toFieldErrors,
  withoutError,
} from '../../../forms/field-errors.ts';
import { useChangePassword } from '../api/use-change-password.ts';

const empty = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm() {
  const change = useChangePassword();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});

  function setField(key: keyof typeof empty, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(current, key));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ChangePasswordInput.safeParse(values, requiredWhenMissing);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues));
      return;
    }
    if (parsed.data.currentPassword === '') {
      setErrors({ currentPassword: 'Enter your current password' });
      return;
    }
    setErrors({});
    change.mutate(parsed.data, {
      onSuccess: () => {
        setValues(empty);
        notifications.show({
          color: 'teal',
          message: 'Password changed. Your other sessions were logged out.',
        });
      },
      onError: (error) => setErrors(changePasswordFieldErrors(error)),
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack maw={420}>
        {change.isError && (
          <Alert color="red" title="Could not change the password">
            {changePasswordMessage(change.error)}
          </Alert>
        )}
        <PasswordInput
          label="Current password"
          value={values.currentPassword}
          onChange={(event) => setField('currentPassword', event.currentTarget.value)}
          error={errors.currentPassword}
          autoComplete="current-password"
        />
        <PasswordInput
          label="New password"
          description="At least 10 characters. A few unrelated words are strong and easy to remember."
          value={values.newPassword}
          onChange={(event) => setField('newPassword', event.currentTarget.value)}
          error={errors.newPassword}
          autoComplete="new-password"
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function changePasswordMessage(error: Error): string {
  if (error instanceof ApiError && error.code === 'wrong_password')
    return 'The current password is not correct.';
  return apiErrorMessage(error);
}

function changePasswordFieldErrors(error: Error): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  if (error.code === 'wrong_password') return { currentPassword: 'Not correct' };
  const fields = toFieldErrors(error.errors);
  // The strength check reports on `password`; on this form that is the new one.
  if (error.code === 'weak_password') return { newPassword: fields.password ?? 'Too easy to guess' };
  return fields;
}
