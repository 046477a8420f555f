import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export type BillingColumn = { label: string; numeric?: boolean };

type Props = {
  label: string;
  columns: BillingColumn[];
  minWidth: number;
  caption?: string | undefined;
  striped?: boolean | undefined;
  highlightOnHover?: boolean | undefined;
  /** The rows. */
  children: ReactNode;
};

/** A billing list's table: scrolls sideways on narrow screens; amount columns align right. */
export function BillingTable({
  label,
  columns,
  minWidth,
  caption,
  striped,
  highlightOnHover,
  children,
}: Props) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped={striped} highlightOnHover={highlightOnHover} verticalSpacing="xs" aria-label={label}>
        {caption !== undefined && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label} scope="col" ta={column.numeric ? 'right' : undefined}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
