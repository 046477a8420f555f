import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type FieldErrors, withoutError } from '../../../forms/field-errors.ts';
import type { AuditFilters } from '../api/use-audit-events.ts';
import { type AuditFilterValues, emptyAuditFilters, toAuditFilters } from './audit-filter-values.ts';

const fields: { key: keyof AuditFilterValues; label: string; type: 'text' | 'date' }[] = [
  { key: 'actorId', label: 'Actor id', type: 'text' },
  { key: 'patientId', label: 'Patient id', type: 'text' },
  { key: 'fromDate', label: 'From', type: 'date' },
  { key: 'toDate', label: 'To', type: 'date' },
];

export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const [values, setValues] = useState<AuditFilterValues>(emptyAuditFilters);
  const [errors, setErrors] = useState<FieldErrors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = toAuditFilters(values);
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
    <form onSubmit={handleSubmit} noValidate aria-label="Audit filters">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {fields.map((field) => (
          <TextInput
            key={field.key}
            label={field.label}
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
        <Button type="submit">Apply filters</Button>
        <Button variant="default" onClick={clear}>
          Clear
        </Button>
      </Group>
    </form>
  );
}
