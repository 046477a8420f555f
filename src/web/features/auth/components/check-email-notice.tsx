import { Anchor, Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useResendVerification } from '../api/use-resend-verification.ts';

export function CheckEmailNotice({ email }: { email: string }) {
  const resend = useResendVerification();

  return (
    <Stack align="flex-start">
      <Text>
        We sent a confirmation link to <strong>{email}</strong>. Open it to activate your account, then log
        in.
      </Text>
      <Text size="sm" c="dimmed">
        Nothing arrived after a few minutes? Check the spam folder, or send the link again.
      </Text>
      {resend.isSuccess ? (
        <Text size="sm" role="status">
          We sent the link again.
        </Text>
      ) : (
        <Button variant="light" loading={resend.isPending} onClick={() => resend.mutate(email)}>
          Send the link again
        </Button>
      )}
      {resend.isError && (
        <Text size="sm" c="red">
          {apiErrorMessage(resend.error)}
        </Text>
      )}
      <Anchor component={Link} to="/login">
        Go to log in
      </Anchor>
    </Stack>
  );
}
