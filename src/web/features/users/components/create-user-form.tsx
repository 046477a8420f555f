import { Alert, Button, Checkbox, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { CreateUserInput } from '../../../../shared/users.ts';
import {
  type FieldErrors,
  requiredWhenMissing,
  toFieldErrors,
  withoutError,
} from '../../../forms/field-errors.ts';
import { useCreateUser } from '../api/use-create-user.ts';
import { createUserErrorFrom } from './create-user-error.ts';
import { isStaffRoleName, type StaffRoleName, staffRoleOptions } from './staff-roles.ts';

type Values = { name: string; email: string; role: StaffRoleName; setPassword: boolean; password: string };

const empty: Values = { name: '', email: '', role: 'staff', setPassword: false, password: '' };

export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const create = useCreateUser();
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  function setField<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(current, key));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const { setPassword, password, ...rest } = values;
    const parsed = CreateUserInput.safeParse(setPassword ? { ...rest, password } : rest, requiredWhenMissing);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (user) => {
        notifications.show({
          color: 'teal',
          message: user.invitationPending
            ? `Invitation sent to ${user.email}`
            : `${user.name} can log in now`,
        });
        setValues(empty);
        onCreated();
      },
      onError: (error) => {
        const problem = createUserErrorFrom(error);
        setMessage(problem.message);
        setErrors(problem.fields);
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {message && (
          <Alert color="red" title="Could not add the user">
            {message}
          </Alert>
        )}
        <TextInput
          label="Name"
          value={values.name}
          onChange={(event) => setField('name', event.currentTarget.value)}
          error={errors.name}
          withAsterisk
        />
        <TextInput
          label="Email"
          type="email"
          value={values.email}
          onChange={(event) => setField('email', event.currentTarget.value)}
          error={errors.email}
          withAsterisk
        />
        <Select
          label="Role"
          data={staffRoleOptions}
          value={values.role}
          onChange={(role) => isStaffRoleName(role) && setField('role', role)}
          error={errors.role}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          withAsterisk
        />
        <Checkbox
          label="Set a password now instead of sending an invitation"
          checked={values.setPassword}
          onChange={(event) => setField('setPassword', event.currentTarget.checked)}
        />
        {values.setPassword ? (
          <PasswordInput
            label="Password"
            description="Tell it to the person in private; they can change it on their account page."
            value={values.password}
            onChange={(event) => setField('password', event.currentTarget.value)}
            error={errors.password}
            autoComplete="new-password"
            withAsterisk
          />
        ) : null}
        <Button type="submit" loading={create.isPending}>
          {values.setPassword ? 'Create user' : 'Send invitation'}
        </Button>
      </Stack>
    </form>
  );
}
