import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type Props<Item extends { id: string }> = {
  /** The table's accessible name. */
  label: string;
  headings: string[];
  items: Item[];
  /** Said instead of an empty table. */
  empty: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** One item's cells (Table.Td), in the order of `headings`. */
  cells: (item: Item) => ReactNode;
};

/** A set-up catalog as a table, one row an item, or a sentence when there is none. */
export function CatalogTable<Item extends { id: string }>({
  label,
  headings,
  items,
  empty,
  minWidth,
  cells,
}: Props<Item>) {
  if (items.length === 0) return <Text>{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {headings.map((heading) => (
              <Table.Th key={heading}>{heading}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>{cells(item)}</Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
