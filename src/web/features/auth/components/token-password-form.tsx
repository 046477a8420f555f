import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { NewPassword } from '../../../../shared/auth.ts';
import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';

type TokenPasswordMutation = UseMutationResult<void, Error, { token: string; password: string }>;

type Props = {
  token: string;
  mutation: TokenPasswordMutation;
  submitLabel: string;
  /** Where to ask for a fresh link when this one is spent or expired. */
  renewal: { to: string; label: string };
};

/** Choosing a password with a mailed single-use token (password reset, invitation). */
export function TokenPasswordForm({ token, mutation, submitLabel, renewal }: Props) {
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = NewPassword.safeParse(password);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? 'Not valid');
      return;
    }
    mutation.mutate(
      { token, password: parsed.data },
      { onError: (error) => setFieldError(passwordFieldError(error)) },
    );
  }

  const tokenSpent = mutation.error instanceof ApiError && mutation.error.code === 'invalid_token';
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {mutation.isError && (
          <Alert color="red" title="Could not set the password">
            {apiErrorMessage(mutation.error)}
            {tokenSpent && (
              <>
                {' '}
                <Anchor component={Link} to={renewal.to} size="sm">
                  {renewal.label}
                </Anchor>
              </>
            )}
          </Alert>
        )}
        <PasswordInput
          label="New password"
          description="At least 10 characters. A few unrelated words are strong and easy to remember."
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            setFieldError(undefined);
          }}
          error={fieldError}
          autoComplete="new-password"
        />
        <Button type="submit" loading={mutation.isPending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

// The server names the field `password`; its message is advice on a weak one.
function passwordFieldError(error: Error): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code !== 'weak_password' && error.code !== 'validation_failed') return undefined;
  return error.errors.find((problem) => problem.path === 'password')?.message ?? 'Choose a stronger password';
}
