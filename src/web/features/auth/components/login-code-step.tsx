import { Button, Group, Text, TextInput } from '@mantine/core';

type Props = {
  code: string;
  onCodeChange: (code: string) => void;
  onBack: () => void;
  pending: boolean;
  error: string | undefined;
};

/** The second step, for accounts with two-factor authentication. */
export function LoginCodeStep({ code, onCodeChange, onBack, pending, error }: Props) {
  return (
    <>
      <Text size="sm">
        Enter the 6-digit code from your authenticator app. No phone at hand? Enter one of your recovery codes
        instead.
      </Text>
      <TextInput
        label="Authentication code"
        value={code}
        onChange={(event) => onCodeChange(event.currentTarget.value)}
        error={error}
        autoComplete="one-time-code"
        spellCheck={false}
        autoFocus
      />
      <Group justify="space-between">
        <Button variant="subtle" onClick={onBack}>
          Back
        </Button>
        <Button type="submit" loading={pending}>
          Verify
        </Button>
      </Group>
    </>
  );
}
