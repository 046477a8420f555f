import { createHash } from 'node:crypto';
import type { Db } from '../../db/engine.ts';
import { problem } from '../../lib/problem.ts';
import { clearAttempts, countAttempt, refundAttempt } from '../../lib/throttle.ts';

/** How long a window lasts; a lockout ends with its window, however hard it is hammered. */
export const throttleWindowMs = 15 * 60_000;

/**
 * Limits per window. The lockout is per account *and* address: an attacker hammering an
 * account locks out only themselves, never the real user elsewhere. The per-address limit
 * stops one client spraying many accounts; it is generous, and successes are given back, so
 * that a clinic behind one address is not locked out by its own staff. Spreading guesses over
 * many addresses is left to the password policy (zxcvbn score ≥ 3 puts a password beyond
 * online guessing).
 */
const limits = { accountAtAddress: 5, address: 50 } as const;

export type ThrottleKind = 'login' | 'password_reset' | 'verify_resend';

export type ThrottleKey = { kind: ThrottleKind; email: string; ip: string };

function emailKey(email: string): string {
  // Hashed so the throttle table does not become a list of who tried to log in.
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

function buckets({ kind, email, ip }: ThrottleKey) {
  return { accountAtAddress: `${kind}:account-ip:${emailKey(email)}:${ip}`, address: `${kind}:ip:${ip}` };
}

/**
 * Counts the attempt before any work is done for it (a password verified, a mail sent), and
 * throws `429 rate_limited` (with when to retry) when it is over a limit.
 */
export async function takeAttempt(db: Db, key: ThrottleKey, now: Date): Promise<void> {
  const bucketNames = buckets(key);
  for (const limit of ['address', 'accountAtAddress'] as const) {
    const tally = await countAttempt(db, bucketNames[limit], throttleWindowMs, now);
    if (tally.attempts > limits[limit]) {
      const retryAfterSeconds = Math.max(1, Math.ceil((tally.windowEndsAt.getTime() - now.getTime()) / 1000));
      throw problem(429, 'rate_limited', 'Too many attempts. Try again later.', {
        extensions: { retryAfterSeconds },
      });
    }
  }
}

/** The attempt was legitimate: the account's failures are forgotten and the address's count given back. */
export async function forgiveAttempt(db: Db, key: ThrottleKey): Promise<void> {
  const bucketNames = buckets(key);
  await clearAttempts(db, bucketNames.accountAtAddress);
  await refundAttempt(db, bucketNames.address);
}
