import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { idempotencyKeys } from '../../db/schema.ts';
import { problem } from '../../lib/problem.ts';

/** The header that makes a POST safe to repeat. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Repeat a POST safely: same key, same answer'),
});

export type Stored<T> = { statusCode: number; body: T; replayed: boolean };

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Runs a POST at most once per Idempotency-Key and caller: a repeat with the same body gets
 * the first answer, a repeat with another body is refused. The key is reserved before the
 * work, so two concurrent repeats cannot both book; a failed attempt frees it for a retry.
 */
export async function oncePerIdempotencyKey<T>(
  ctx: AppContext,
  actorKey: string,
  key: string | undefined,
  requestBody: unknown,
  work: () => Promise<{ statusCode: number; body: T }>,
): Promise<Stored<T>> {
  if (key === undefined) return { ...(await work()), replayed: false };
  const requestHash = createHash('sha256').update(canonical(requestBody)).digest('hex');
  const reserved = await ctx.db
    .insert(idempotencyKeys)
    .values({ actorKey, key, requestHash, statusCode: 0, response: null })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  const match = and(eq(idempotencyKeys.actorKey, actorKey), eq(idempotencyKeys.key, key));
  if (reserved.length === 0) {
    const [earlier] = await ctx.db.select().from(idempotencyKeys).where(match);
    if (!earlier || earlier.requestHash !== requestHash) {
      throw problem(422, 'idempotency_key_reused', 'This Idempotency-Key was used for a different request.');
    }
    if (earlier.statusCode === 0) {
      throw problem(
        409,
        'idempotency_in_progress',
        'The first request with this Idempotency-Key is still running.',
      );
    }
    return { statusCode: earlier.statusCode, body: earlier.response as T, replayed: true };
  }
  try {
    const result = await work();
    await ctx.db
      .update(idempotencyKeys)
      .set({ statusCode: result.statusCode, response: result.body })
      .where(match);
    return { ...result, replayed: false };
  } catch (error) {
    await ctx.db.delete(idempotencyKeys).where(match);
    throw error;
  }
}
