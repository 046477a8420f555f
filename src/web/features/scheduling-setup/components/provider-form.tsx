import { Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateProviderInput, type Provider } from '../../../../shared/scheduling.ts';
import { useProviders } from '../../../api/scheduling-catalog.ts';
import { type FieldErrors, withoutError } from '../../../forms/field-errors.ts';
import { useMay } from '../../auth/index.ts';
import { useCreateProvider } from '../api/use-create-provider.ts';
import { useProviderUsers } from '../api/use-provider-users.ts';
import { useUpdateProvider } from '../api/use-update-provider.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import { ColourField } from './colour-field.tsx';
import { serverFieldErrors, validate } from './field-messages.ts';
import { linkableUsers } from './linkable-users.ts';
import { LinkedUserSelect } from './linked-user-select.tsx';
import {
  type ProviderFormValues,
  toProviderCandidate,
  toProviderFormValues,
} from './provider-form-values.ts';
import { SaveErrorAlert } from './save-error-alert.tsx';

type Props = { provider: Provider | undefined; onDone: () => void };

const knownProblems = {
  'conflict:userId': 'userLinked',
  'validation_failed:userId': 'notProviderUser',
} as const;

export function ProviderForm({ provider, onDone }: Props) {
  const { t } = useTranslation(schedulingSetupNamespace);
  const mayLinkUser = useMay('users.read');
  const users = useProviderUsers(mayLinkUser);
  const providers = useProviders({ includeInactive: true });
  const [values, setValues] = useState(() => toProviderFormValues(provider));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateProvider();
  const update = useUpdateProvider();
  const saving = provider ? update : create;

  function setField<K extends keyof ProviderFormValues>(key: K, value: ProviderFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(current, key));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validate(CreateProviderInput, toProviderCandidate(values, mayLinkUser), t);
    if (checked.errors) {
      saving.reset();
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const onSuccess = (saved: Provider) => {
      notifications.show({
        color: 'teal',
        message: t(provider ? 'providers.updated' : 'providers.created', { name: saved.name }),
      });
      onDone();
    };
    const onError = (error: unknown) => setErrors(serverFieldErrors(error, t, knownProblems));
    if (provider) update.mutate({ id: provider.id, changes: checked.data }, { onSuccess, onError });
    else create.mutate(checked.data, { onSuccess, onError });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <SaveErrorAlert error={saving.error} invalid={Object.keys(errors).length > 0} />
        <TextInput
          label={t('providers.form.name')}
          value={values.name}
          onChange={(event) => setField('name', event.currentTarget.value)}
          error={errors.name}
          withAsterisk
          data-autofocus
        />
        <TextInput
          label={t('providers.form.title')}
          placeholder={t('providers.form.titlePlaceholder')}
          value={values.title}
          onChange={(event) => setField('title', event.currentTarget.value)}
          error={errors.title}
        />
        <ColourField
          value={values.color}
          onChange={(value) => setField('color', value)}
          error={errors.color}
        />
        {mayLinkUser ? (
          <LinkedUserSelect
            users={
              users.data && providers.data
                ? linkableUsers(users.data, providers.data, provider?.id)
                : undefined
            }
            failed={users.isError || providers.isError}
            value={values.userId}
            onChange={(userId) => setField('userId', userId)}
            error={errors.userId}
          />
        ) : (
          <Text size="sm">{t('providers.form.usersAdminOnly')}</Text>
        )}
        <Switch
          label={t('providers.form.active')}
          description={t('providers.form.activeDescription')}
          checked={values.active}
          onChange={(event) => setField('active', event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('shared.cancel')}
          </Button>
          <Button type="submit" loading={saving.isPending}>
            {provider ? t('shared.save') : t('shared.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
