import { stringify } from 'csv-stringify/sync';

/** How a column's cells are written: money in decimal major units, ratios to four places. */
export type CsvCellKind = 'text' | 'integer' | 'money' | 'ratio';

export type CsvColumn<Row> = {
  header: string;
  kind: CsvCellKind;
  value: (row: Row) => string | number | null;
};

/** A report as one RFC 4180 table: a header row of readable names, then one record a row. */
export type CsvTable<Row> = { columns: CsvColumn<Row>[]; rows: Row[]; currency?: string };

/** Digits after the decimal point of a currency's major unit (2 for USD and BRL, 0 for JPY). */
export function minorUnitDigits(currency: string): number {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.resolvedOptions().maximumFractionDigits ?? 2;
}

/** The CSV text of a table; text cells that a spreadsheet would run as a formula are escaped. */
export function writeCsv<Row>(table: CsvTable<Row>): string {
  const digits = table.currency === undefined ? 2 : minorUnitDigits(table.currency);
  const kinds = new Map(table.columns.map((column, index) => [String(index), column.kind]));
  const records = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((column, index) => [String(index), column.value(row)])),
  );
  return stringify(records, {
    header: true,
    columns: table.columns.map((column, index) => ({ key: String(index), header: column.header })),
    record_delimiter: 'windows',
    // Spreadsheets read the file as UTF-8 (names with accents) only with a byte order mark.
    bom: true,
    // Patient and provider names are typed by people: "=HYPERLINK(…)" must stay text in Excel.
    escape_formulas: true,
    cast: {
      number: (value, context) => {
        const kind = kinds.get(String(context.column));
        if (kind === 'money') return (value / 10 ** digits).toFixed(digits);
        if (kind === 'ratio') return String(Math.round(value * 10_000) / 10_000);
        return String(value);
      },
    },
  });
}

/** A money column's header names its currency, e.g. "Production (USD)". */
export function moneyHeader(name: string, currency: string): string {
  return `${name} (${currency})`;
}

/** A column of cents, written in major units under a header naming the currency. */
export function moneyColumn<Row>(
  name: string,
  currency: string,
  value: (row: Row) => number,
): CsvColumn<Row> {
  return { header: moneyHeader(name, currency), kind: 'money', value };
}
