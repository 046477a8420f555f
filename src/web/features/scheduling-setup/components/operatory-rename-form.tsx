import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Operatory, UpdateOperatoryInput } from '../../../../shared/scheduling.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { useUpdateOperatory } from '../api/use-update-operatory.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import { serverFieldErrors, validate } from './field-messages.ts';
import { SaveErrorAlert } from './save-error-alert.tsx';

type Props = { operatory: Operatory; onDone: () => void };

export function OperatoryRenameForm({ operatory, onDone }: Props) {
  const { t } = useTranslation(schedulingSetupNamespace);
  const [name, setName] = useState(operatory.name);
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateOperatory();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Name is required when renaming, though the update schema leaves every field optional.
    const checked = validate(UpdateOperatoryInput.required({ name: true }), { name }, t);
    if (checked.errors) {
      update.reset();
      setErrors(checked.errors);
      return;
    }
    update.mutate(
      { id: operatory.id, changes: checked.data },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: t('operatories.renamed', { name: saved.name }) });
          onDone();
        },
        onError: (error) => setErrors(serverFieldErrors(error, t, { 'conflict:name': 'nameTaken' })),
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <SaveErrorAlert error={update.error} invalid={Object.keys(errors).length > 0} />
        <TextInput
          label={t('operatories.newName')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setErrors({});
          }}
          error={errors.name}
          withAsterisk
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('shared.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('shared.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
