import pg from 'pg';

export type CapturedStatement = { text: string; values: unknown[]; ms: number };

// Every statement the app sends while a capture is open, with its time: drizzle's pool is
// built inside the engine, so the pg client is the one place that sees the exact SQL.
let captured: CapturedStatement[] | undefined;
const originalQuery = pg.Client.prototype.query;
function capturingQuery(this: pg.Client, ...args: unknown[]): unknown {
  const started = performance.now();
  const result: unknown = Reflect.apply(originalQuery, this, args);
  const [first] = args;
  // drizzle calls query(textOrConfig, params); pg itself also accepts values inside the config.
  const config =
    typeof first === 'string' ? { text: first } : (first as { text?: unknown; values?: unknown });
  const params = args[1] ?? config?.values;
  const sink = captured;
  if (sink && typeof config?.text === 'string' && result instanceof Promise) {
    // Pushed now, timed on completion: the order is the order sent, which EXPLAIN replays.
    const statement: CapturedStatement = {
      text: config.text,
      values: Array.isArray(params) ? params : [],
      ms: Number.NaN,
    };
    sink.push(statement);
    result.then(
      () => {
        statement.ms = performance.now() - started;
      },
      () => {},
    );
  }
  return result;
}
pg.Client.prototype.query = capturingQuery as typeof originalQuery;

/** Runs `request` and returns what it answered with the statements it sent. */
export async function withCapturedStatements<T>(
  request: () => Promise<T>,
): Promise<{ answer: T; statements: CapturedStatement[] }> {
  const statements: CapturedStatement[] = [];
  captured = statements;
  try {
    return { answer: await request(), statements };
  } finally {
    captured = undefined;
  }
}
