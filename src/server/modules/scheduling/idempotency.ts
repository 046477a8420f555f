import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { and, eq, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { idempotencyKeys } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
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

/** What a repeat must match: the body, whatever the order of its keys. */
export function idempotencyRequestHash(requestBody: unknown): string {
  return createHash('sha256').update(canonical(requestBody)).digest('hex');
}

/**
 * How long a reservation holds its key. A request that has not finished by then is taken to
 * have died with its process (a crash, a kill), and a retry takes the key over; a booking
 * takes milliseconds, so a live request never comes near it.
 */
export const idempotencyLeaseMs = 30_000;

/** The reservation a request holds while its work runs; see `settleIdempotentRequest`. */
type Settlement = { holder: SQL | undefined; statusCode: number; settled: boolean };
const runningRequest = new AsyncLocalStorage<Settlement>();

/**
 * Stores the answer under the request's Idempotency-Key inside the transaction that makes the
 * change (a no-op outside an idempotent request). Without it a crash between that commit and
 * the key's own update would leave a reservation with no answer, and a retry after the lease
 * would make the change a second time. A reservation taken over meanwhile (a request slower
 * than the lease) rolls the change back rather than commit it twice.
 */
export async function settleIdempotentRequest(tx: Tx, response: unknown): Promise<void> {
  const settlement = runningRequest.getStore();
  if (!settlement || settlement.settled) return;
  const stored = await tx
    .update(idempotencyKeys)
    .set({ statusCode: settlement.statusCode, response })
    .where(settlement.holder)
    .returning({ key: idempotencyKeys.key });
  if (stored.length === 0) {
    throw problem(
      409,
      'idempotency_in_progress',
      'A retry with this Idempotency-Key took over this request.',
    );
  }
  settlement.settled = true;
}

/**
 * Runs a POST at most once per Idempotency-Key and caller: a repeat with the same body gets
 * the first answer, a repeat with another body is refused. The key is reserved before the
 * work, so two concurrent repeats cannot both book; a failed attempt frees it for a retry, and
 * a reservation whose holder crashed runs out with its lease. Work whose change must never
 * happen twice stores its answer in its own transaction (`settleIdempotentRequest`, answered
 * with `committedStatus`); other work is settled here once it returns.
 */
export async function oncePerIdempotencyKey<T>(
  ctx: AppContext,
  actorKey: string,
  key: string | undefined,
  requestBody: unknown,
  work: () => Promise<{ statusCode: number; body: T }>,
  committedStatus = 201,
): Promise<Stored<T>> {
  if (key === undefined) return { ...(await work()), replayed: false };
  const requestHash = idempotencyRequestHash(requestBody);
  const reservedAt = ctx.now();
  const match = and(eq(idempotencyKeys.actorKey, actorKey), eq(idempotencyKeys.key, key));
  const reserved =
    (await reserve(ctx, { actorKey, key, requestHash, reservedAt })) ||
    (await takeOverExpired(ctx, match, requestHash, reservedAt));
  if (!reserved) return replay<T>(ctx, match, requestHash, reservedAt);
  // Only the current holder of the lease may settle the key.
  const ours = and(match, eq(idempotencyKeys.statusCode, 0), eq(idempotencyKeys.reservedAt, reservedAt));
  const settlement: Settlement = { holder: ours, statusCode: committedStatus, settled: false };
  try {
    const result = await runningRequest.run(settlement, work);
    if (!settlement.settled) {
      await ctx.db
        .update(idempotencyKeys)
        .set({ statusCode: result.statusCode, response: result.body })
        .where(ours);
    }
    return { ...result, replayed: false };
  } catch (error) {
    await ctx.db.delete(idempotencyKeys).where(ours);
    throw error;
  }
}

async function reserve(
  ctx: AppContext,
  row: { actorKey: string; key: string; requestHash: string; reservedAt: Date },
): Promise<boolean> {
  const reserved = await ctx.db
    .insert(idempotencyKeys)
    .values({ ...row, statusCode: 0, response: null, createdAt: row.reservedAt })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return reserved.length > 0;
}

// One conditional update, so that of several retries after a crash only one takes the key.
async function takeOverExpired(
  ctx: AppContext,
  match: SQL | undefined,
  requestHash: string,
  reservedAt: Date,
): Promise<boolean> {
  const taken = await ctx.db
    .update(idempotencyKeys)
    .set({ reservedAt })
    .where(
      and(
        match,
        eq(idempotencyKeys.statusCode, 0),
        eq(idempotencyKeys.requestHash, requestHash),
        lte(idempotencyKeys.reservedAt, new Date(reservedAt.getTime() - idempotencyLeaseMs)),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  return taken.length > 0;
}

async function replay<T>(
  ctx: AppContext,
  match: SQL | undefined,
  requestHash: string,
  now: Date,
): Promise<Stored<T>> {
  const [earlier] = await ctx.db.select().from(idempotencyKeys).where(match);
  if (!earlier || earlier.requestHash !== requestHash) {
    throw problem(422, 'idempotency_key_reused', 'This Idempotency-Key was used for a different request.');
  }
  if (earlier.statusCode === 0) {
    const leaseEnds = earlier.reservedAt.getTime() + idempotencyLeaseMs;
    throw problem(
      409,
      'idempotency_in_progress',
      'The first request with this Idempotency-Key is still running.',
      {
        extensions: { retryAfterSeconds: Math.max(1, Math.ceil((leaseEnds - now.getTime()) / 1000)) },
      },
    );
  }
  return { statusCode: earlier.statusCode, body: earlier.response as T, replayed: true };
}
