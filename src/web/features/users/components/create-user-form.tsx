import { Alert, Button, Checkbox, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateUserInput } from '../../../../shared/users.ts';
import { type FieldErrors, formParse, withoutError, zodFieldErrors } from '../../../forms/field-errors.ts';
import { useCreateUser } from '../api/use-create-user.ts';
import { usersNamespace } from '../i18n.ts';
import { createUserErrorFrom } from './create-user-error.ts';
import { isStaffRoleName, type StaffRoleName, staffRoleOptions } from './staff-roles.ts';

type Values = { name: string; email: string; role: StaffRoleName; setPassword: boolean; password: string };

const empty: Values = { name: '', email: '', role: 'staff', setPassword: false, password: '' };

export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation(usersNamespace);
  const { t: tCommon } = useTranslation();
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
    const parsed = CreateUserInput.safeParse(setPassword ? { ...rest, password } : rest, formParse);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (user) => {
        notifications.show({
          color: 'teal',
          message: user.invitationPending
            ? t('create.invited', { email: user.email })
            : t('create.canLogIn', { name: user.name }),
        });
        setValues(empty);
        onCreated();
      },
      onError: (error) => {
        const problem = createUserErrorFrom(error, t);
        setMessage(problem.message);
        setErrors(problem.fields);
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {message && (
          <Alert color="red" title={t('create.failedTitle')}>
            {message}
          </Alert>
        )}
        <TextInput
          label={t('create.name')}
          value={values.name}
          onChange={(event) => setField('name', event.currentTarget.value)}
          error={errors.name}
          withAsterisk
        />
        <TextInput
          label={t('create.email')}
          type="email"
          value={values.email}
          onChange={(event) => setField('email', event.currentTarget.value)}
          error={errors.email}
          withAsterisk
        />
        <Select
          label={t('create.role')}
          data={staffRoleOptions(tCommon)}
          value={values.role}
          onChange={(role) => isStaffRoleName(role) && setField('role', role)}
          error={errors.role}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          withAsterisk
        />
        <Checkbox
          label={t('create.setPassword')}
          checked={values.setPassword}
          onChange={(event) => setField('setPassword', event.currentTarget.checked)}
        />
        {values.setPassword ? (
          <PasswordInput
            label={t('create.password')}
            description={t('create.passwordHint')}
            value={values.password}
            onChange={(event) => setField('password', event.currentTarget.value)}
            error={errors.password}
            autoComplete="new-password"
            withAsterisk
          />
        ) : null}
        <Button type="submit" loading={create.isPending}>
          {values.setPassword ? t('create.createUser') : t('create.sendInvitation')}
        </Button>
      </Stack>
    </form>
  );
}
