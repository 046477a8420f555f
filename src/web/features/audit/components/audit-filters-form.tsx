import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldErrors, withoutError } from '../../../forms/field-errors.ts';
import type { AuditFilters } from '../api/use-audit-events.ts';
import { auditNamespace } from '../i18n.ts';
import { type AuditFilterValues, emptyAuditFilters, toAuditFilters } from './audit-filter-values.ts';

const fields: { key: keyof AuditFilterValues; type: 'text' | 'date' }[] = [
  { key: 'actorId', type: 'text' },
  { key: 'patientId', type: 'text' },
  { key: 'fromDate', type: 'date' },
  { key: 'toDate', type: 'date' },
];

export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation(auditNamespace);
  const [values, setValues] = useState<AuditFilterValues>(emptyAuditFilters);
  const [errors, setErrors] = useState<FieldErrors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = toAuditFilters(values, t);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onApply(result.filters);
  }

  function clear() {
    setValues(emptyAuditFilters);
    setErrors({});
    onApply({});
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {fields.map((field) => (
          <TextInput
            key={field.key}
            label={t(`filters.${field.key}`)}
            type={field.type}
            value={values[field.key]}
            onChange={(event) => {
              const { value } = event.currentTarget;
              setValues((current) => ({ ...current, [field.key]: value }));
              setErrors((current) => withoutError(current, field.key));
            }}
            error={errors[field.key]}
            spellCheck={false}
          />
        ))}
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">{t('filters.apply')}</Button>
        <Button variant="default" onClick={clear}>
          {t('filters.clear')}
        </Button>
      </Group>
    </form>
  );
}
