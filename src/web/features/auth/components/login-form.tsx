import { Alert, Stack } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { useLogIn } from '../api/use-log-in.ts';
import { authNamespace } from '../i18n.ts';
import { EmailNotVerifiedAlert } from './email-not-verified-alert.tsx';
import { LoginCodeStep } from './login-code-step.tsx';
import { LoginCredentialsStep } from './login-credentials-step.tsx';
import { type LoginProblem, loginProblemFrom, loginProblemText } from './login-problem.ts';

type Step = 'credentials' | 'code';

/** Email and password, then, for accounts with two-factor authentication, the code. */
export function LoginForm() {
  const { t } = useTranslation(authNamespace);
  const logIn = useLogIn();
  const [step, setStep] = useState<Step>('credentials');
  const [credentials, setCredentials] = useState({ email: '', password: '' });
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<LoginProblem | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = missingFields(step, credentials, code, t);
    setErrors(missing);
    setProblem(null);
    if (Object.keys(missing).length > 0) return;
    const totp = step === 'code' ? code.trim() : undefined;
    logIn.mutate(
      { email: credentials.email.trim(), password: credentials.password, ...(totp ? { totp } : {}) },
      {
        // Success changes the session; the login page then leaves for where the user was going.
        onError: (error) => {
          if (isApiError(error, 'totp_required') && step === 'credentials') {
            setStep('code');
            return;
          }
          if (isApiError(error, 'unauthenticated')) backToCredentials();
          setProblem(loginProblemFrom(error));
        },
      },
    );
  }

  function backToCredentials() {
    setStep('credentials');
    setCode('');
    setErrors({});
  }

  const codeError = problem?.kind === 'wrong-code' ? loginProblemText(problem, t) : errors.code;
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {problem?.kind === 'email-not-verified' && <EmailNotVerifiedAlert email={credentials.email.trim()} />}
        {problem && problem.kind !== 'email-not-verified' && problem.kind !== 'wrong-code' && (
          <Alert color="red" title={t('login.failedTitle')}>
            {loginProblemText(problem, t)}
          </Alert>
        )}
        {step === 'credentials' ? (
          <LoginCredentialsStep
            email={credentials.email}
            password={credentials.password}
            onChange={(field, value) => setCredentials((current) => ({ ...current, [field]: value }))}
            pending={logIn.isPending}
            errors={errors}
          />
        ) : (
          <LoginCodeStep
            code={code}
            onCodeChange={setCode}
            onBack={() => {
              backToCredentials();
              setProblem(null);
            }}
            pending={logIn.isPending}
            error={codeError}
          />
        )}
      </Stack>
    </form>
  );
}

function missingFields(
  step: Step,
  credentials: { email: string; password: string },
  code: string,
  t: TFunction<'auth'>,
): FieldErrors {
  if (step === 'code') return code.trim() === '' ? { code: t('login.enterCode') } : {};
  const errors: FieldErrors = {};
  if (credentials.email.trim() === '') errors.email = t('login.enterEmail');
  if (credentials.password === '') errors.password = t('login.enterPassword');
  return errors;
}
