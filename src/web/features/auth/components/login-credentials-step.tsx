import { Anchor, Button, Group, PasswordInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { authNamespace } from '../i18n.ts';

type Props = {
  email: string;
  password: string;
  onChange: (field: 'email' | 'password', value: string) => void;
  pending: boolean;
  errors: FieldErrors;
};

export function LoginCredentialsStep({ email, password, onChange, pending, errors }: Props) {
  const { t } = useTranslation(authNamespace);
  return (
    <>
      <TextInput
        label={t('login.email')}
        type="email"
        value={email}
        onChange={(event) => onChange('email', event.currentTarget.value)}
        error={errors.email}
        autoComplete="username"
        autoFocus
      />
      <PasswordInput
        label={t('login.password')}
        value={password}
        onChange={(event) => onChange('password', event.currentTarget.value)}
        error={errors.password}
        autoComplete="current-password"
      />
      <Group justify="space-between">
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('login.forgotPassword')}
        </Anchor>
        <Button type="submit" loading={pending}>
          {t('login.submit')}
        </Button>
      </Group>
    </>
  );
}
