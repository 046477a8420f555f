import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export type ReportColumn<Row> = {
  header: string;
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
};

type Props<Row> = {
  label: string;
  /** The first column names the row (a provider, a date…) and is its header cell. */
  columns: ReportColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  total?: Row | undefined;
};

/** A report's table: scrolls sideways on narrow screens, figures align right, totals in the foot. */
export function ReportTable<Row>({ label, columns, rows, rowKey, total }: Props<Row>) {
  const cells = (row: Row) =>
    columns.map((column, index) =>
      index === 0 ? (
        <Table.Th key={column.header} scope="row" fw={total === row ? 700 : 400}>
          {column.cell(row)}
        </Table.Th>
      ) : (
        <Table.Td
          key={column.header}
          ta={column.numeric ? 'right' : undefined}
          fw={total === row ? 700 : undefined}
        >
          {column.cell(row)}
        </Table.Td>
      ),
    );
  return (
    // Focusable, and named after its table, so keyboard users can scroll a table wider than its box.
    <Table.ScrollContainer
      type="native"
      minWidth={Math.max(480, columns.length * 120)}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} scope="col" ta={column.numeric ? 'right' : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>{cells(row)}</Table.Tr>
          ))}
        </Table.Tbody>
        {total !== undefined && (
          <Table.Tfoot>
            <Table.Tr>{cells(total)}</Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
