import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useRequestPasswordReset } from '../api/use-request-password-reset.ts';
import { AuthFrame } from '../components/auth-frame.tsx';

export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (email.trim() === '') {
      setError('Enter your email address');
      return;
    }
    request.mutate(email.trim());
  }

  if (request.isSuccess) {
    // The server answers the same for unknown addresses, so this must not claim an account exists.
    return (
      <AuthFrame title="Check your email">
        <Text>
          If there is an account for <strong>{email.trim()}</strong>, we sent it a link to choose a new
          password. The link works once and expires soon.
        </Text>
        <Anchor component={Link} to="/login">
          Back to log in
        </Anchor>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="Reset your password">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Text size="sm">
            Enter the email address of your account and we will send you a link to reset it.
          </Text>
          {request.isError && (
            <Alert color="red" title="Could not send the link">
              {apiErrorMessage(request.error)}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            autoComplete="email"
          />
          <Button type="submit" loading={request.isPending}>
            Send reset link
          </Button>
          <Anchor component={Link} to="/login" size="sm">
            Back to log in
          </Anchor>
        </Stack>
      </form>
    </AuthFrame>
  );
}
