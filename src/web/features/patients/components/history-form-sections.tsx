import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AlertFlag, alertFlags } from '../../../../shared/medical-history.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { patientsNamespace } from '../i18n.ts';
import { allergySeverityOptions, flagLabel } from './alert-presentation.ts';
import { EditableRows } from './editable-rows.tsx';
import {
  type AlertRow,
  type AllergyRow,
  type ConditionRow,
  emptyRows,
  type HistoryList,
  type MedicationRow,
} from './history-form-values.ts';

type RowsProps<Row> = { rows: Row[]; errors: FieldErrors; onChange: (rows: Row[]) => void };

function useRowActions<Row extends { key: string }>(
  { rows, errors, onChange }: RowsProps<Row>,
  list: HistoryList,
  make: () => Row,
) {
  const { t } = useTranslation(patientsNamespace);
  return {
    t,
    legend: t(`history.sections.${list}`),
    addLabel: t(`history.form.add.${list}`),
    removeLabel: (name: string) => t(`history.form.removeRow.${list}`, { name }),
    rows,
    onAdd: () => onChange([...rows, make()]),
    onRemove: (key: string) => onChange(rows.filter((row) => row.key !== key)),
    set: (key: string, patch: Partial<Row>) =>
      onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row))),
    error: (index: number, field: string) => errors[`${list}.${index}.${field}`],
  };
}

const isSeverity = (value: string): value is AllergyRow['severity'] =>
  value === 'mild' || value === 'moderate' || value === 'severe';
const isFlag = (value: string): value is AlertFlag => (alertFlags as readonly string[]).includes(value);

export function AllergyRows(props: RowsProps<AllergyRow>) {
  const { t, ...list } = useRowActions(props, 'allergies', emptyRows.allergies);
  return (
    <EditableRows<AllergyRow> rowName={(row) => row.substance} {...list}>
      {(row, index) => (
        <>
          <TextInput
            label={t('history.form.substance')}
            value={row.substance}
            error={list.error(index, 'substance')}
            onChange={(event) => list.set(row.key, { substance: event.currentTarget.value })}
            withAsterisk
          />
          <TextInput
            label={t('history.form.reaction')}
            value={row.reaction}
            error={list.error(index, 'reaction')}
            onChange={(event) => list.set(row.key, { reaction: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('history.form.severity')}
            data={allergySeverityOptions(t)}
            value={row.severity}
            error={list.error(index, 'severity')}
            onChange={(event) => {
              const severity = event.currentTarget.value;
              if (isSeverity(severity)) list.set(row.key, { severity });
            }}
          />
        </>
      )}
    </EditableRows>
  );
}

export function MedicationRows(props: RowsProps<MedicationRow>) {
  const { t, ...list } = useRowActions(props, 'medications', emptyRows.medications);
  return (
    <EditableRows<MedicationRow> rowName={(row) => row.name} {...list}>
      {(row, index) => (
        <>
          <TextInput
            label={t('history.form.medication')}
            value={row.name}
            error={list.error(index, 'name')}
            onChange={(event) => list.set(row.key, { name: event.currentTarget.value })}
            withAsterisk
          />
          <TextInput
            label={t('history.form.dose')}
            value={row.dose}
            error={list.error(index, 'dose')}
            onChange={(event) => list.set(row.key, { dose: event.currentTarget.value })}
          />
          <TextInput
            label={t('history.form.frequency')}
            value={row.frequency}
            error={list.error(index, 'frequency')}
            onChange={(event) => list.set(row.key, { frequency: event.currentTarget.value })}
          />
          <TextInput
            label={t('history.form.instructions')}
            value={row.notes}
            error={list.error(index, 'notes')}
            onChange={(event) => list.set(row.key, { notes: event.currentTarget.value })}
          />
        </>
      )}
    </EditableRows>
  );
}

export function ConditionRows(props: RowsProps<ConditionRow>) {
  const { t, ...list } = useRowActions(props, 'conditions', emptyRows.conditions);
  return (
    <EditableRows<ConditionRow> rowName={(row) => row.name} {...list}>
      {(row, index) => (
        <>
          <TextInput
            label={t('history.form.condition')}
            value={row.name}
            error={list.error(index, 'name')}
            onChange={(event) => list.set(row.key, { name: event.currentTarget.value })}
            withAsterisk
          />
          <TextInput
            label={t('history.form.since')}
            placeholder={t('history.form.sincePlaceholder')}
            value={row.since}
            error={list.error(index, 'since')}
            onChange={(event) => list.set(row.key, { since: event.currentTarget.value })}
          />
          <TextInput
            label={t('history.form.conditionNotes')}
            value={row.notes}
            error={list.error(index, 'notes')}
            onChange={(event) => list.set(row.key, { notes: event.currentTarget.value })}
          />
        </>
      )}
    </EditableRows>
  );
}

export function AlertRows(props: RowsProps<AlertRow>) {
  const { t, ...list } = useRowActions(props, 'alerts', emptyRows.alerts);
  const flagOptions = alertFlags.map((flag) => ({ value: flag, label: flagLabel(flag, t) }));
  return (
    <EditableRows<AlertRow>
      rowName={(row) => (row.flag === 'other' ? row.note : flagLabel(row.flag, t))}
      {...list}
    >
      {(row, index) => (
        <>
          <NativeSelect
            label={t('history.form.alert')}
            data={flagOptions}
            value={row.flag}
            error={list.error(index, 'flag')}
            onChange={(event) => {
              const flag = event.currentTarget.value;
              if (isFlag(flag)) list.set(row.key, { flag });
            }}
          />
          <TextInput
            label={t('history.form.alertNote')}
            description={row.flag === 'other' ? t('history.form.alertNoteRequired') : undefined}
            value={row.note}
            error={list.error(index, 'note')}
            onChange={(event) => list.set(row.key, { note: event.currentTarget.value })}
            withAsterisk={row.flag === 'other'}
          />
        </>
      )}
    </EditableRows>
  );
}
