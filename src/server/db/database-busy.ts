// pg's pool gives these errors no code, only these messages (pg-pool 3): the first when no
// connection came free in time, the second when opening a new one took too long.
const poolTimeoutMessages = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
]);

/**
 * True when a query failed because the database could not be reached in time (every pool
 * connection busy), which is worth a `503` and a retry rather than a `500`. drizzle may wrap
 * the pool's error, so the cause chain is searched.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { message, cause } = error as { message?: unknown; cause?: unknown };
  if (typeof message === 'string' && poolTimeoutMessages.has(message)) return true;
  return cause !== undefined && isDatabaseBusy(cause);
}
