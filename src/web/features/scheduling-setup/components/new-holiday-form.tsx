import { Button, Fieldset, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateHolidayInput } from '../../../../shared/scheduling.ts';
import { type FieldErrors, withoutError } from '../../../forms/field-errors.ts';
import { useCreateHoliday } from '../api/use-create-holiday.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import { serverFieldErrors, validate } from './field-messages.ts';
import { SaveErrorAlert } from './save-error-alert.tsx';

export function NewHolidayForm() {
  const { t } = useTranslation(schedulingSetupNamespace);
  const [values, setValues] = useState({ date: '', name: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateHoliday();

  function setField(key: 'date' | 'name', value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(current, key));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validate(CreateHolidayInput, values, t);
    if (checked.errors) {
      create.reset();
      setErrors(checked.errors);
      return;
    }
    create.mutate(checked.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('holidays.added', { name: saved.name }) });
        setValues({ date: '', name: '' });
      },
      onError: (error) => setErrors(serverFieldErrors(error, t, { 'conflict:date': 'holidayExists' })),
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Fieldset legend={t('holidays.addLegend')}>
        <SaveErrorAlert error={create.error} invalid={Object.keys(errors).length > 0} />
        <Group align="flex-start" mt="xs">
          <TextInput
            type="date"
            label={t('holidays.date')}
            value={values.date}
            onChange={(event) => setField('date', event.currentTarget.value)}
            error={errors.date}
            withAsterisk
          />
          <TextInput
            label={t('holidays.name')}
            value={values.name}
            onChange={(event) => setField('name', event.currentTarget.value)}
            error={errors.name}
            withAsterisk
            flex={1}
          />
          <Button type="submit" loading={create.isPending} mt={25}>
            {t('holidays.add')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
