import type { z } from 'zod';
import { problem } from './problem.ts';

/**
 * Keyset pagination: the cursor is the sort key of a page's last row, as base64url JSON so
 * that clients treat it as opaque. Each list says with a zod tuple what its key looks like.
 */
export function encodeCursor(position: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position a cursor stands for; a cursor this API did not hand out is a 400. */
export function decodeCursor<T extends z.ZodType>(
  cursor: string | undefined,
  position: T,
): z.infer<T> | undefined {
  if (cursor === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const parsed = position.safeParse(value);
  if (parsed.success) return parsed.data;
  throw problem(400, 'validation_failed', 'Invalid cursor.', {
    errors: [{ path: 'query.cursor', message: 'Invalid cursor' }],
  });
}
