import { Alert, Button, Stack, Text } from '@mantine/core';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useResendVerification } from '../api/use-resend-verification.ts';

export function EmailNotVerifiedAlert({ email }: { email: string }) {
  const resend = useResendVerification();

  return (
    <Alert color="yellow" title="Email address not confirmed">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">Confirm your email address first: open the link we sent you when you signed up.</Text>
        {resend.isSuccess ? (
          <Text size="sm" role="status">
            We sent a new confirmation link to {email}.
          </Text>
        ) : (
          <Button size="xs" variant="light" loading={resend.isPending} onClick={() => resend.mutate(email)}>
            Resend confirmation email
          </Button>
        )}
        {resend.isError && (
          <Text size="sm" c="red">
            {apiErrorMessage(resend.error)}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
