import { Button, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditNamespace } from '../i18n.ts';
import { AuditActionSelect } from './audit-action-select.tsx';
import type { AuditFilterValues } from './audit-filter-values.ts';
import { AuditPatientFilter } from './audit-patient-filter.tsx';
import { AuditUserSelect } from './audit-user-select.tsx';

type Props = {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
  onClear: () => void;
  datesError: string | undefined;
  timeZone: string;
};

/** Each filter applies as it is chosen; the page keeps them in the address. */
export function AuditFiltersForm({ values, onChange, onClear, datesError, timeZone }: Props) {
  const { t } = useTranslation(auditNamespace);
  const set = (change: Partial<AuditFilterValues>) => onChange({ ...values, ...change });
  return (
    <form
      aria-label={t('filters.label')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <AuditPatientFilter patientId={values.patientId} onChange={(patientId) => set({ patientId })} />
        <AuditUserSelect value={values.actorId} onChange={(actorId) => set({ actorId })} />
        <AuditActionSelect value={values.action} onChange={(action) => set({ action })} />
        <TextInput
          type="date"
          label={t('filters.fromDate')}
          value={values.from}
          onChange={(event) => set({ from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('filters.toDate')}
          value={values.to}
          min={values.from || undefined}
          onChange={(event) => set({ to: event.currentTarget.value })}
          error={datesError}
        />
      </SimpleGrid>
      <Group mt="sm" justify="space-between">
        <Text size="sm" c="dimmed">
          {t('filters.zoneHint', { zone: timeZone })}
        </Text>
        <Button variant="default" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      </Group>
    </form>
  );
}
