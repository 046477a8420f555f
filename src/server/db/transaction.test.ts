import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database.ts';
import { holidays } from './schema.ts';
import { deadlockDetected, exclusionViolation, serializationFailure } from './sql-state.ts';
import { withTransaction } from './transaction.ts';

const database = await createTestDatabase();
afterAll(() => database.drop());
const { db } = database.engine;

const failure = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

async function holidayCount(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(holidays);
  return row?.n ?? 0;
}

describe('withTransaction', () => {
  // holidays.date is unique: the second attempt's insert succeeds only if the first was rolled back.
  it.each([
    [deadlockDetected, '2026-12-25'],
    [serializationFailure, '2026-12-26'],
  ])('runs a transaction aborted with %s again, from a clean slate', async (code, date) => {
    const before = await holidayCount();
    let attempts = 0;
    const result = await withTransaction(db, async (tx) => {
      attempts++;
      await tx.insert(holidays).values({ date, name: `attempt ${attempts}` });
      if (attempts === 1) throw failure(code);
      return 'booked';
    });
    expect(result).toBe('booked');
    expect(attempts).toBe(2);
    expect(await holidayCount()).toBe(before + 1);
  });

  it('gives up after three attempts with the database error', async () => {
    let attempts = 0;
    const run = withTransaction(db, async () => {
      attempts++;
      throw failure(deadlockDetected);
    });
    await expect(run).rejects.toMatchObject({ code: deadlockDetected });
    expect(attempts).toBe(3);
  });

  it('does not run other failures again', async () => {
    let attempts = 0;
    const run = withTransaction(db, async () => {
      attempts++;
      throw failure(exclusionViolation);
    });
    await expect(run).rejects.toMatchObject({ code: exclusionViolation });
    expect(attempts).toBe(1);
  });

  it('leaves the retry to the outermost transaction', async () => {
    let inner = 0;
    let outer = 0;
    const run = withTransaction(db, async (tx) => {
      outer++;
      await withTransaction(tx, async () => {
        inner++;
        throw failure(deadlockDetected);
      });
    });
    await expect(run).rejects.toMatchObject({ code: deadlockDetected });
    expect({ outer, inner }).toEqual({ outer: 3, inner: 3 });
  });
});
