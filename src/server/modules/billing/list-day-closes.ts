import { desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { DayCloseList, DayCloseListQuery } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { dayCloses, users } from '../../db/schema.ts';
import { decodeCursor, encodeCursor } from '../../lib/page-cursor.ts';
import { toDayClose } from './day-close-view.ts';

const Position = z.tuple([z.iso.date()]);

/** Closed days, newest first. */
export async function listDayCloses(ctx: AppContext, query: DayCloseListQuery): Promise<DayCloseList> {
  const after = decodeCursor(query.cursor, Position);
  const rows = await ctx.db
    .select({ close: dayCloses, closedByName: users.name })
    .from(dayCloses)
    .leftJoin(users, eq(users.id, dayCloses.closedBy))
    .where(after === undefined ? undefined : lt(dayCloses.date, after[0]))
    .orderBy(desc(dayCloses.date))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ close, closedByName }) => toDayClose(close, closedByName)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.close.date]) : null,
  };
}
