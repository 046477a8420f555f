import type { DayClose } from '../../../shared/billing.ts';
import type { dayCloses } from '../../db/schema.ts';

export function toDayClose(row: typeof dayCloses.$inferSelect, closedByName: string | null): DayClose {
  return {
    date: row.date,
    totals: row.totals,
    closedBy: row.closedBy,
    closedByName,
    closedAt: row.closedAt.toISOString(),
  };
}
