import { and, asc, gt, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { users } from '../../db/schema.ts';
import { decodeCursor, encodeCursor } from '../../lib/page-cursor.ts';
import { toUser } from './user-view.ts';

/** Staff accounts in a stable order (by id), a page at a time. Patients are listed with their records. */
export async function listUsers(ctx: AppContext, query: { limit: number; cursor?: string }) {
  const [after] = decodeCursor(query.cursor, z.tuple([z.uuid()])) ?? [];
  const rows = await ctx.db
    .select()
    .from(users)
    .where(and(ne(users.role, 'patient'), after ? gt(users.id, after) : undefined))
    .orderBy(asc(users.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toUser),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
  };
}
