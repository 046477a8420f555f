import type { AppContext } from '../../context.ts';

const pending = new Set<Promise<void>>();

/**
 * Runs account-specific work after the answer has left. A request whose answer must not
 * tell whether an account exists (a password reset, a verification resend) would otherwise
 * answer later for a real account, which looks the address up, issues a token and mails it.
 */
export function runAfterAnswer(ctx: AppContext, task: string, work: () => Promise<void>): void {
  const running: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(work)
    .catch((error: unknown) => {
      ctx.log.error(
        { task, kind: error instanceof Error ? error.name : typeof error },
        'deferred work failed',
      );
    })
    .finally(() => pending.delete(running));
  pending.add(running);
}

/** Waits for deferred work to finish, so that shutting down does not cut it off. */
export async function settleWorkAfterAnswers(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending);
}
