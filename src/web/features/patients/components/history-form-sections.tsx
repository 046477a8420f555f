import { NativeSelect, TextInput } from '@mantine/core';
import { type AlertFlag, alertFlagLabels, alertFlags } from '../../../../shared/medical-history.ts';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { allergySeverityOptions } from './alert-presentation.ts';
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

function rowActions<Row extends { key: string }>(
  { rows, errors, onChange }: RowsProps<Row>,
  list: HistoryList,
  make: () => Row,
) {
  return {
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
const flagOptions = alertFlags.map((flag) => ({ value: flag, label: alertFlagLabels[flag] }));

export function AllergyRows(props: RowsProps<AllergyRow>) {
  const list = rowActions(props, 'allergies', emptyRows.allergies);
  return (
    <EditableRows<AllergyRow> legend="Allergies" noun="allergy" rowName={(row) => row.substance} {...list}>
      {(row, index) => (
        <>
          <TextInput
            label="Substance"
            value={row.substance}
            error={list.error(index, 'substance')}
            onChange={(event) => list.set(row.key, { substance: event.currentTarget.value })}
            withAsterisk
          />
          <TextInput
            label="Reaction"
            value={row.reaction}
            error={list.error(index, 'reaction')}
            onChange={(event) => list.set(row.key, { reaction: event.currentTarget.value })}
          />
          <NativeSelect
            label="Severity"
            data={allergySeverityOptions}
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
  const list = rowActions(props, 'medications', emptyRows.medications);
  return (
    <EditableRows<MedicationRow> legend="Medications" noun="medication" rowName={(row) => row.name} {...list}>
      {(row, index) => (
        <>
          <TextInput
            label="Medication"
            value={row.name}
            error={list.error(index, 'name')}
            onChange={(event) => list.set(row.key, { name: event.currentTarget.value })}
            withAsterisk
          />
          <TextInput
            label="Dose"
            value={row.dose}
            error={list.error(index, 'dose')}
            onChange={(event) => list.set(row.key, { dose: event.currentTarget.value })}
          />
          <TextInput
            label="Frequency"
            value={row.frequency}
            error={list.error(index, 'frequency')}
            onChange={(event) => list.set(row.key, { frequency: event.currentTarget.value })}
          />
          <TextInput
            label="Instructions"
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
  const list = rowActions(props, 'conditions', emptyRows.conditions);
  return (
    <EditableRows<ConditionRow> legend="Conditions" noun="condition" rowName={(row) => row.name} {...list}>
      {(row, index) => (
        <>
          <TextInput
            label="Condition"
            value={row.name}
            error={list.error(index, 'name')}
            onChange={(event) => list.set(row.key, { name: event.currentTarget.value })}
            withAsterisk
          />
          <TextInput
            label="Since"
            placeholder="YYYY-MM"
            value={row.since}
            error={list.error(index, 'since')}
            onChange={(event) => list.set(row.key, { since: event.currentTarget.value })}
          />
          <TextInput
            label="Condition notes"
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
  const list = rowActions(props, 'alerts', emptyRows.alerts);
  return (
    <EditableRows<AlertRow>
      legend="Alert flags"
      noun="alert"
      rowName={(row) => (row.flag === 'other' ? row.note : alertFlagLabels[row.flag])}
      {...list}
    >
      {(row, index) => (
        <>
          <NativeSelect
            label="Alert"
            data={flagOptions}
            value={row.flag}
            error={list.error(index, 'flag')}
            onChange={(event) => {
              const flag = event.currentTarget.value;
              if (isFlag(flag)) list.set(row.key, { flag });
            }}
          />
          <TextInput
            label="Alert note"
            description={row.flag === 'other' ? 'Required for “Other”' : undefined}
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
