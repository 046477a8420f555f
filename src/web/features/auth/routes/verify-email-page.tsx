import { Alert, Anchor, Button, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useVerifyEmail } from '../api/use-verify-email.ts';
import { AuthFrame } from '../components/auth-frame.tsx';
import { useRunOnce } from '../components/use-run-once.ts';

export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyEmail();

  useRunOnce(() => {
    if (token !== '') verify.mutate(token);
  });

  if (token === '') return <InvalidLink />;
  if (verify.isSuccess) {
    return (
      <AuthFrame title="Email address confirmed">
        <Text>Thank you. Your account is active and you can log in now.</Text>
        <Button component={Link} to="/login">
          Log in
        </Button>
      </AuthFrame>
    );
  }
  if (verify.isError) {
    return isApiError(verify.error, 'invalid_token') ? (
      <InvalidLink />
    ) : (
      <AuthFrame title="Confirm your email address">
        <Alert color="red" title="Could not confirm the address">
          {apiErrorMessage(verify.error)}
        </Alert>
        <Button variant="light" onClick={() => verify.mutate(token)}>
          Try again
        </Button>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="Confirming your email address">
      <PageLoader />
    </AuthFrame>
  );
}

function InvalidLink() {
  return (
    <AuthFrame title="Link not valid">
      <Text>
        This confirmation link is invalid, was already used, or has expired. Try to log in: if your address
        still needs confirming, you can ask for a new link there.
      </Text>
      <Anchor component={Link} to="/login">
        Go to log in
      </Anchor>
    </AuthFrame>
  );
}
