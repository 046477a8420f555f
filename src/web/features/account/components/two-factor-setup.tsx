import { Alert, Button, Code, CopyButton, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useConfirmTwoFactor } from '../api/use-confirm-two-factor.ts';
import { useStartTwoFactorSetup } from '../api/use-start-two-factor-setup.ts';
import { twoFactorCodeError } from './two-factor-code-error.ts';

/** Enrolment: a new secret as a QR code and as text, confirmed with a first code. */
export function TwoFactorSetup({ onEnabled }: { onEnabled: (recoveryCodes: string[]) => void }) {
  const start = useStartTwoFactorSetup();
  const confirm = useConfirmTwoFactor();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();

  function handleConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError('Enter the 6-digit code your app shows');
      return;
    }
    confirm.mutate(code.trim(), {
      onSuccess: ({ recoveryCodes }) => onEnabled(recoveryCodes),
      onError: (error) => setCodeError(twoFactorCodeError(error)),
    });
  }

  if (!start.data) {
    return (
      <Stack align="flex-start">
        <Text size="sm">
          Two-factor authentication is off. With it on, logging in also needs a code from an authenticator app
          on your phone, so a stolen password alone is not enough.
        </Text>
        {start.isError && (
          <Alert color="red" title="Could not start the set-up">
            {apiErrorMessage(start.error)}
          </Alert>
        )}
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          Set up two-factor
        </Button>
      </Stack>
    );
  }

  const { secret, qrCodeDataUrl } = start.data;
  return (
    <form onSubmit={handleConfirm} noValidate>
      <Stack maw={420}>
        <Text size="sm">
          1. Scan this QR code with an authenticator app (for example Aegis, Google Authenticator or
          1Password).
        </Text>
        <Image src={qrCodeDataUrl} alt="QR code for your authenticator app" w={200} h={200} />
        <Group align="flex-end" gap="xs">
          <TextInput
            label="Secret key"
            description="Cannot scan? Enter this key in the app instead."
            value={secret}
            readOnly
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            style={{ flex: 1 }}
          />
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? 'Copied' : 'Copy key'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">
          2. Enter the 6-digit code the app now shows for <Code>TopSmile</Code>.
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
          <Button type="submit" loading={confirm.isPending}>
            Confirm
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
