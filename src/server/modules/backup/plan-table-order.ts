export type CatalogTable = {
  name: string;
  /** Columns that take a value on INSERT, in table order (generated columns left out). */
  columns: string[];
  nullable: string[];
  /** Columns named by a CHECK constraint. */
  checked: string[];
  identity: string[];
  primaryKey: string[];
};

export type ForeignKey = { table: string; columns: string[]; references: string };

export type TablePlan = {
  /** Every table, each after the tables its foreign keys point at (but for the deferred ones). */
  order: string[];
  /** Columns inserted as NULL and set once every table is in: they close a cycle between tables. */
  deferred: Map<string, string[]>;
  /** Columns pointing into their own table: its rows are inserted parents first. */
  selfReferences: Map<string, string[]>;
};

export class UnorderableTablesError extends Error {}

/**
 * Orders tables for a restore that runs with every constraint and trigger on: each table comes
 * once the tables its foreign keys point at are in. Where a cycle (patients ↔ users) leaves no
 * such table, the first one whose missing parents are all behind columns that may be set later
 * goes next, those columns deferred: nullable and in no CHECK, since a CHECK may tie them to
 * another column (a patient account must name its patient). Names are taken sorted, so the
 * plan is the same on the machine that dumps and the one that restores.
 */
export function planTableOrder(tables: CatalogTable[], foreignKeys: ForeignKey[]): TablePlan {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const names = [...byName.keys()].sort();
  const deferred = new Map<string, string[]>();
  const selfReferences = new Map<string, string[]>();
  const outgoing = new Map<string, ForeignKey[]>(names.map((name) => [name, []]));
  for (const key of foreignKeys) {
    if (!byName.has(key.table) || !byName.has(key.references)) continue;
    if (key.references === key.table) {
      selfReferences.set(key.table, [...new Set([...(selfReferences.get(key.table) ?? []), ...key.columns])]);
    } else {
      outgoing.get(key.table)?.push(key);
    }
  }
  const placed = new Set<string>();
  const order: string[] = [];
  const missing = (name: string) => (outgoing.get(name) ?? []).filter((key) => !placed.has(key.references));
  const mayWait = (name: string, key: ForeignKey) => {
    const table = byName.get(name);
    return key.columns.every((column) => table?.nullable.includes(column) && !table.checked.includes(column));
  };
  while (order.length < names.length) {
    const pending = names.filter((name) => !placed.has(name));
    const ready = pending.find((name) => missing(name).length === 0);
    const next = ready ?? pending.find((name) => missing(name).every((key) => mayWait(name, key)));
    if (next === undefined) {
      throw new UnorderableTablesError(
        `No order inserts ${pending.join(', ')}: their foreign keys form a cycle.`,
      );
    }
    const waiting = missing(next).flatMap((key) => key.columns);
    if (waiting.length > 0) deferred.set(next, [...new Set(waiting)]);
    placed.add(next);
    order.push(next);
  }
  return { order, deferred, selfReferences };
}

/**
 * Orders a self-referencing table's rows so that every row comes after the rows it points at
 * (a reversal after the entry it reverses). Rows whose parent is missing keep their place at
 * the end, where the foreign key will refuse them with PostgreSQL's own message.
 */
export function orderParentsFirst<Row>(
  rows: Row[],
  idOf: (row: Row) => string,
  parentsOf: (row: Row) => string[],
): Row[] {
  const placed = new Set<string>();
  const ordered: Row[] = [];
  let pending = rows;
  while (pending.length > 0) {
    const next: Row[] = [];
    for (const row of pending) {
      if (parentsOf(row).every((parent) => placed.has(parent) || parent === idOf(row))) {
        ordered.push(row);
        placed.add(idOf(row));
      } else {
        next.push(row);
      }
    }
    if (next.length === pending.length) return [...ordered, ...next];
    pending = next;
  }
  return ordered;
}
