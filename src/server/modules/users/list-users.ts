import { and, asc, gt, ne } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { users } from '../../db/schema.ts';
import { problem } from '../../lib/problem.ts';
import { toUser } from './user-view.ts';

function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(id))
    throw problem(400, 'validation_failed', 'Invalid cursor.', {
      errors: [{ path: 'query.cursor', message: 'Invalid cursor' }],
    });
  return id;
}

/** Staff accounts in a stable order (by id), a page at a time. Patients are listed with their records. */
export async function listUsers(ctx: AppContext, query: { limit: number; cursor?: string }) {
  const after = decodeCursor(query.cursor);
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
    nextCursor: rows.length > query.limit && last ? Buffer.from(last.id).toString('base64url') : null,
  };
}
