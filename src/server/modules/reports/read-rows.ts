import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/engine.ts';

/**
 * Runs one aggregate query and checks its rows against `row`. Both drivers answer `{ rows }`;
 * sums and counts come back as text (bigint) or numbers depending on the driver, so numeric
 * fields use `count`/`cents` below, which accept either.
 */
export async function readRows<Row extends z.ZodType>(db: Db, query: SQL, row: Row): Promise<z.infer<Row>[]> {
  const result: unknown = await db.execute(query);
  return z.object({ rows: z.array(row) }).parse(result).rows;
}

/** A bigint aggregate (sum, count) as a safe integer; SQL NULL (a sum of no rows) is 0. */
export const count = z
  .union([z.string(), z.number(), z.bigint(), z.null()])
  .transform((value) => (value === null ? 0 : Number(value)))
  .pipe(z.int());
