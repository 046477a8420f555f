import { Button, Fieldset, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateOperatoryInput } from '../../../../shared/scheduling.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { useCreateOperatory } from '../api/use-create-operatory.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import { serverFieldErrors, validate } from './field-messages.ts';
import { SaveErrorAlert } from './save-error-alert.tsx';

export function NewOperatoryForm() {
  const { t } = useTranslation(schedulingSetupNamespace);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateOperatory();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validate(CreateOperatoryInput, { name }, t);
    if (checked.errors) {
      create.reset();
      setErrors(checked.errors);
      return;
    }
    create.mutate(checked.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('operatories.created', { name: saved.name }) });
        setName('');
      },
      onError: (error) => setErrors(serverFieldErrors(error, t, { 'conflict:name': 'nameTaken' })),
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Fieldset legend={t('operatories.addLegend')}>
        <SaveErrorAlert error={create.error} invalid={Object.keys(errors).length > 0} />
        <Group align="flex-start" mt="xs">
          <TextInput
            label={t('operatories.newName')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setErrors({});
            }}
            error={errors.name}
            withAsterisk
            flex={1}
          />
          <Button type="submit" loading={create.isPending} mt={25}>
            {t('operatories.add')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
