import type { Db } from '../../db/engine.ts';
import { appointmentTypes, operatories, providers } from '../../db/schema.ts';

/** Who and what report rows name: every provider, type and chair (small tables), with whether each is still in use. */
export type Named = { name: string; active: boolean };

export async function providerNames(db: Db): Promise<Map<string, Named>> {
  const rows = await db
    .select({ id: providers.id, name: providers.name, active: providers.active })
    .from(providers);
  return new Map(rows.map((row) => [row.id, { name: row.name, active: row.active }]));
}

export async function appointmentTypeNames(db: Db): Promise<Map<string, Named>> {
  const rows = await db
    .select({ id: appointmentTypes.id, name: appointmentTypes.name, active: appointmentTypes.active })
    .from(appointmentTypes);
  return new Map(rows.map((row) => [row.id, { name: row.name, active: row.active }]));
}

export async function operatoryNames(db: Db): Promise<Map<string, Named>> {
  const rows = await db
    .select({ id: operatories.id, name: operatories.name, active: operatories.active })
    .from(operatories);
  return new Map(rows.map((row) => [row.id, { name: row.name, active: row.active }]));
}

/** Rows sorted for reading: by label, then key, the row keyed `none` last. */
export function byLabel<Row extends { key: string; label: string }>(a: Row, b: Row): number {
  if ((a.key === 'none') !== (b.key === 'none')) return a.key === 'none' ? 1 : -1;
  return a.label.localeCompare(b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The key of figures tied to no provider or type (manual charges, payments, adjustments). */
export const noneKey = 'none';
