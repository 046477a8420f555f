import { Anchor, Button, Group, PasswordInput, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import type { FieldErrors } from '../../../forms/field-errors.ts';

type Props = {
  email: string;
  password: string;
  onChange: (field: 'email' | 'password', value: string) => void;
  pending: boolean;
  errors: FieldErrors;
};

export function LoginCredentialsStep({ email, password, onChange, pending, errors }: Props) {
  return (
    <>
      <TextInput
        label="Email"
        type="email"
        value={email}
        onChange={(event) => onChange('email', event.currentTarget.value)}
        error={errors.email}
        autoComplete="username"
        autoFocus
      />
      <PasswordInput
        label="Password"
        value={password}
        onChange={(event) => onChange('password', event.currentTarget.value)}
        error={errors.password}
        autoComplete="current-password"
      />
      <Group justify="space-between">
        <Anchor component={Link} to="/forgot-password" size="sm">
          Forgot your password?
        </Anchor>
        <Button type="submit" loading={pending}>
          Log in
        </Button>
      </Group>
    </>
  );
}
