import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NewPassword } from '../../../../shared/auth.ts';
import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { formParse, issueMessage, problemFieldErrors } from '../../../forms/field-errors.ts';
import { authNamespace } from '../i18n.ts';

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
  const { t } = useTranslation(authNamespace);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = NewPassword.safeParse(password, formParse);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setFieldError(issue ? issueMessage(issue) : t('tokenPassword.chooseStronger'));
      return;
    }
    mutation.mutate(
      { token, password: parsed.data },
      { onError: (error) => setFieldError(passwordFieldError(error, t)) },
    );
  }

  const tokenSpent = mutation.error instanceof ApiError && mutation.error.code === 'invalid_token';
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {mutation.isError && (
          <Alert color="red" title={t('tokenPassword.failedTitle')}>
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
          label={t('tokenPassword.newPassword')}
          description={t('tokenPassword.passwordHint')}
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
function passwordFieldError(error: Error, t: TFunction<'auth'>): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code !== 'weak_password' && error.code !== 'validation_failed') return undefined;
  const general = () => t('tokenPassword.chooseStronger');
  return problemFieldErrors(error, { general }).password ?? general();
}
