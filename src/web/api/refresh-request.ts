import { AccessGrant } from '../../shared/auth.ts';

export type RefreshResult =
  | { kind: 'granted'; grant: AccessGrant }
  | { kind: 'ended' }
  | { kind: 'unreachable' };

const lockName = 'topsmile-refresh';

/**
 * Runs `task` while no other tab of this browser spends or replaces the refresh cookie. A
 * refresh token is single-use and presenting a spent one revokes the whole session, so two
 * tabs refreshing at once would log each other out. Web Locks exist only in secure contexts
 * (HTTPS or localhost); a clinic LAN on plain HTTP falls back to the per-tab serialisation.
 */
export function withSessionLock<T>(task: () => Promise<T>): Promise<T> {
  const locks: LockManager | undefined = globalThis.navigator?.locks;
  if (!locks) return task();
  // The DOM typing nests the callback's promise (Promise<Promise<T>>); then() flattens it.
  return locks.request(lockName, task).then((result) => result);
}

// A busy server (503 server_busy) or a throttle (429) says when to come back. Giving up at
// once would sign the user out on a page load that merely met a busy moment.
const busyStatuses = new Set([429, 503]);
const maxBusyRetries = 3;
const longestWaitSeconds = 10;

/** One POST /auth/refresh under the lock; the browser sends and replaces the httpOnly cookie. */
export function requestRefresh(): Promise<RefreshResult> {
  return withSessionLock(async (): Promise<RefreshResult> => {
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch('/api/v1/auth/refresh', {
          method: 'POST',
          headers: { accept: 'application/json, application/problem+json' },
          credentials: 'same-origin',
        });
      } catch {
        return { kind: 'unreachable' };
      }
      if (busyStatuses.has(response.status) && attempt < maxBusyRetries) {
        await wait(retryAfterSeconds(response));
        continue;
      }
      if (response.status === 401) return { kind: 'ended' };
      if (!response.ok) return { kind: 'unreachable' };
      const parsed = AccessGrant.safeParse(await response.json().catch(() => undefined));
      return parsed.success ? { kind: 'granted', grant: parsed.data } : { kind: 'unreachable' };
    }
  });
}

function retryAfterSeconds(response: Response): number {
  const header = Number(response.headers.get('retry-after'));
  return Number.isFinite(header) && header > 0 ? Math.min(header, longestWaitSeconds) : 1;
}

function wait(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}
