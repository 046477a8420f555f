import type { RawTransaction } from '../../db/engine.ts';
import type { CatalogTable, ForeignKey } from './plan-table-order.ts';

export type TableCatalog = { tables: CatalogTable[]; foreignKeys: ForeignKey[] };

/**
 * Kept out of a backup because the database derives them: the migrations record is the
 * backup's header, the audit head and the name-search index are rebuilt by triggers as the
 * rows they follow are inserted.
 */
export const derivedTables = new Set([
  'schema_migrations',
  'audit_chain_head',
  'patient_name_words',
  'patient_name_dictionary',
]);

type ColumnRow = {
  table_name: string;
  column_name: string;
  is_generated: boolean;
  is_identity: boolean;
  is_nullable: boolean;
};
type ConstraintRow = {
  constraint_name: string;
  kind: 'p' | 'f' | 'c';
  table_name: string;
  references: string | null;
  column_name: string;
};

/** The application's tables as PostgreSQL describes them, derived tables left out. */
export async function readTableCatalog(tx: RawTransaction): Promise<TableCatalog> {
  const columns = await tx.query<ColumnRow>(
    `SELECT c.relname AS table_name, a.attname AS column_name,
            a.attgenerated <> '' AS is_generated, a.attidentity <> '' AS is_identity,
            NOT a.attnotnull AS is_nullable
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
  );
  const constraints = await tx.query<ConstraintRow>(
    `SELECT k.conname AS constraint_name, k.contype AS kind, c.relname AS table_name,
            r.relname AS references, a.attname AS column_name
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_class r ON r.oid = k.confrelid
       CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, position)
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
      WHERE n.nspname = 'public' AND k.contype IN ('p', 'f', 'c')
      ORDER BY c.relname, k.conname, u.position`,
  );

  const tables = new Map<string, CatalogTable>();
  for (const column of columns) {
    if (derivedTables.has(column.table_name)) continue;
    const table = tables.get(column.table_name) ?? {
      name: column.table_name,
      columns: [],
      nullable: [],
      checked: [],
      identity: [],
      primaryKey: [],
    };
    tables.set(column.table_name, table);
    if (column.is_generated) continue;
    table.columns.push(column.column_name);
    if (column.is_nullable) table.nullable.push(column.column_name);
    if (column.is_identity) table.identity.push(column.column_name);
  }
  const foreignKeys = new Map<string, ForeignKey>();
  for (const constraint of constraints) {
    const table = tables.get(constraint.table_name);
    if (!table) continue;
    if (constraint.kind === 'p') {
      table.primaryKey.push(constraint.column_name);
      continue;
    }
    if (constraint.kind === 'c') {
      table.checked.push(constraint.column_name);
      continue;
    }
    const id = `${constraint.table_name}.${constraint.constraint_name}`;
    const key = foreignKeys.get(id) ?? {
      table: constraint.table_name,
      columns: [],
      references: constraint.references ?? '',
    };
    key.columns.push(constraint.column_name);
    foreignKeys.set(id, key);
  }
  return { tables: [...tables.values()], foreignKeys: [...foreignKeys.values()] };
}
