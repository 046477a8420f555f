import type { Operatory } from '../../../shared/scheduling.ts';
import type { operatories } from '../../db/schema.ts';

export function toOperatory(row: typeof operatories.$inferSelect): Operatory {
  return { id: row.id, name: row.name, active: row.active };
}
