import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActions } from '../../../../shared/audit.ts';
import { auditNamespace } from '../i18n.ts';

type Props = { value: string; onChange: (action: string) => void };

/** Chooses an action by its label, in the reader's language; the value is the recorded code. */
export function AuditActionSelect({ value, onChange }: Props) {
  const { t, i18n } = useTranslation(auditNamespace);
  const options = useMemo(() => {
    const labelled = auditActions
      .map((code) => ({ value: code, label: t(`actions.${code}`) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.resolvedLanguage));
    // A retired code (from a link, or events older than the catalogue) is offered as written.
    return value === '' || labelled.some((option) => option.value === value)
      ? labelled
      : [{ value, label: value }, ...labelled];
  }, [t, i18n.resolvedLanguage, value]);

  return (
    <Select
      label={t('filters.action')}
      placeholder={t('filters.actionPlaceholder')}
      data={options}
      value={value === '' ? null : value}
      onChange={(action) => onChange(action ?? '')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('filters.clearValue', { field: t('filters.action') }) }}
      nothingFoundMessage={t('filters.noMatch')}
    />
  );
}
