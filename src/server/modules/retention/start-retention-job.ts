import type { AppContext } from '../../context.ts';
import { purgeExpiredRows } from './purge-expired-rows.ts';

export type RetentionJob = { stop(): void };

/**
 * Purges expired rows every `intervalMs` in this process. Every process sharing a database
 * may run it: each purge is a set of idempotent deletes. The timer never keeps the process
 * alive, and a failed run is logged and tried again at the next tick.
 */
export function startRetentionJob(
  ctx: Pick<AppContext, 'db' | 'now' | 'log'>,
  { intervalMs = 15 * 60_000 }: { intervalMs?: number } = {},
): RetentionJob {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const purged = await purgeExpiredRows(ctx);
      ctx.log.debug({ purged }, 'retention: expired rows purged');
    } catch (error) {
      ctx.log.warn({ kind: error instanceof Error ? error.name : typeof error }, 'retention run failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
