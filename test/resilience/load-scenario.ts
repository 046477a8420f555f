import type { AppContext } from '../../src/server/context.ts';
import type { Engine } from '../../src/server/db/engine.ts';

/** A write the server answered 2xx: it must survive any crash after that answer. */
export type Acknowledged = { scenario: string; id: string };

/** What became of the requests a kill left unanswered, once repeated after the restart. */
export type RetryOutcome = {
  retried: number;
  /** The server answered with the response it had committed before the kill. */
  replayed: number;
  /** Ids acknowledged by the retries (replayed or created now): checked like any other. */
  acknowledged: string[];
  /** Retries answered with anything but a success. */
  refused: number;
};

/**
 * One kind of write driven against the real server while it is killed. kill-under-load.ts
 * runs every scenario in its list side by side in each round.
 */
export type LoadScenario = {
  name: string;
  /** Straight in the database before the server first starts (providers, patients…). */
  prepare(ctx: AppContext): Promise<void>;
  /** Over HTTP, once, on the first start before any load (e.g. the charges payments go against). */
  setUp?(baseUrl: string, token: string): Promise<void>;
  /** Sends the n-th write: the created id when the server acknowledged it, else the status it answered. */
  send(baseUrl: string, token: string, n: number): Promise<{ id: string } | { status: number; body: string }>;
  /** After the last restart: repeats, with their own Idempotency-Keys, the requests a kill cut off. */
  retryUnanswered?(baseUrl: string, token: string): Promise<RetryOutcome>;
  /** Which acknowledged ids are missing, and how many rows were half-written, after all the kills. */
  check(
    engine: Engine,
    acknowledged: string[],
  ): Promise<{ missing: string[]; duplicated: number; halfWritten: number; gaps?: number }>;
};
