import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useDisableTwoFactor } from '../api/use-disable-two-factor.ts';
import { twoFactorCodeError } from './two-factor-code-error.ts';

/** Turning it off needs a current code, so a borrowed unlocked session cannot do it. */
export function TwoFactorDisableForm() {
  const disable = useDisableTwoFactor();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError('Enter the 6-digit code your app shows');
      return;
    }
    disable.mutate(code.trim(), {
      onSuccess: () => notifications.show({ color: 'teal', message: 'Two-factor authentication is off' }),
      onError: (error) => setCodeError(twoFactorCodeError(error)),
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack maw={420}>
        <Text size="sm">
          Two-factor authentication is on: logging in needs a code from your authenticator app. To turn it
          off, enter a current code.
        </Text>
        <TextInput
          label="Authentication code"
          value={code}
          onChange={(event) => {
            setCode(event.currentTarget.value);
            setCodeError(undefined);
          }}
          error={codeError}
          inputMode="numeric"
          autoComplete="one-time-code"
        />
        <Group>
          <Button type="submit" color="red" variant="light" loading={disable.isPending}>
            Turn off two-factor
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
