/**
 * What of an unexpected error is safe to log. Messages and PostgreSQL `detail` fields can
 * quote the row that failed (an email, a name), so only the kind, codes and frames are kept.
 */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const withCodes = error as Error & {
    code?: unknown;
    constraint?: unknown;
    table?: unknown;
    routine?: unknown;
  };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12)
    .map((line) => line.trim());
  return {
    kind: error.name,
    code: typeof withCodes.code === 'string' ? withCodes.code : undefined,
    constraint: typeof withCodes.constraint === 'string' ? withCodes.constraint : undefined,
    table: typeof withCodes.table === 'string' ? withCodes.table : undefined,
    routine: typeof withCodes.routine === 'string' ? withCodes.routine : undefined,
    frames,
  };
}
