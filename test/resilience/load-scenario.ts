import type { AppContext } from '../../src/server/context.ts';
import type { Engine } from '../../src/server/db/engine.ts';

/** A write the server answered 2xx: it must survive any crash after that answer. */
export type Acknowledged = { scenario: string; id: string };

/**
 * One kind of write driven against the real server while it is killed. Bookings are the first;
 * payments join by adding a scenario to the list in kill-under-load.ts.
 */
export type LoadScenario = {
  name: string;
  /** Straight in the database before the server first starts (providers, patients…). */
  prepare(ctx: AppContext): Promise<void>;
  /** Sends the n-th write: the created id when the server acknowledged it, else the status it answered. */
  send(baseUrl: string, token: string, n: number): Promise<{ id: string } | { status: number; body: string }>;
  /** Which acknowledged ids are missing, and how many rows were half-written, after all the kills. */
  check(
    engine: Engine,
    acknowledged: string[],
  ): Promise<{ missing: string[]; duplicated: number; halfWritten: number }>;
};
