/**
 * The SQLSTATE of a failed statement. drizzle wraps driver errors in a DrizzleQueryError whose
 * `cause` is the driver's error, so the code may sit one level down.
 */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string') return code;
  return cause === undefined ? undefined : sqlState(cause);
}

export const uniqueViolation = '23505';
export const exclusionViolation = '23P01';
export const foreignKeyViolation = '23503';
/** Aborted by PostgreSQL to break a lock cycle; the transaction may simply run again. */
export const deadlockDetected = '40P01';
/** Aborted because it could not be serialized with a concurrent one; may run again too. */
export const serializationFailure = '40001';
