import { Button, Fieldset, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type Props<Row extends { key: string }> = {
  legend: string;
  /** "Add allergy": also the noun of the remove buttons. */
  noun: string;
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
  noun,
  rows,
  rowName,
  onAdd,
  onRemove,
  children,
}: Props<Row>) {
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            None recorded
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
                aria-label={`Remove ${noun} ${rowName(row).trim() || index + 1}`}
              >
                Remove
              </Button>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button variant="light" onClick={onAdd}>
            Add {noun}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
