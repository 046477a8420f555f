import { Button, Fieldset, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { patientsNamespace } from '../i18n.ts';

type Props<Row extends { key: string }> = {
  legend: string;
  /** "Add allergy". */
  addLabel: string;
  /** The remove button's accessible name for a row, given its name or position. */
  removeLabel: (name: string) => string;
  rows: Row[];
  /** What the remove button names the row by, e.g. the substance. */
  rowName: (row: Row) => string;
  onAdd: () => void;
  onRemove: (key: string) => void;
  children: (row: Row, index: number) => ReactNode;
};

/** One list of the history editor: a row of fields per entry, each removable, and an add button. */
export function EditableRows<Row extends { key: string }>({
  legend,
  addLabel,
  removeLabel,
  rows,
  rowName,
  onAdd,
  onRemove,
  children,
}: Props<Row>) {
  const { t } = useTranslation(patientsNamespace);
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('history.noneRecorded')}
          </Text>
        )}
        {rows.map((row, index) => (
          <Paper key={row.key} withBorder p="sm">
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <Group align="flex-start" grow style={{ flex: 1 }} gap="sm">
                {children(row, index)}
              </Group>
              <Button
                variant="subtle"
                color="red"
                mt={24}
                onClick={() => onRemove(row.key)}
                aria-label={removeLabel(rowName(row).trim() || String(index + 1))}
              >
                {t('history.form.remove')}
              </Button>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button variant="light" onClick={onAdd}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
