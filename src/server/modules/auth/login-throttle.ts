import { createHash } from 'node:crypto';
import type { Db } from '../../db/engine.ts';
import { problem } from '../../lib/problem.ts';
import { clearAttempts, countAttempts, oldestAttemptSince, recordAttempt } from '../../lib/throttle.ts';

const windowMs = 15 * 60_000;

/**
 * Limits per window. The lockout is per account *and* address: an attacker hammering an
 * account locks out only themselves, never the real user elsewhere. The per-address limit
 * stops one client spraying many accounts. Spreading guesses over many addresses is left
 * to the password policy (zxcvbn score ≥ 3 puts a password beyond online guessing).
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

/** Throws `429 rate_limited` (with when to retry) while the caller is over a limit. */
export async function assertNotThrottled(db: Db, key: ThrottleKey, now: Date): Promise<void> {
  const since = new Date(now.getTime() - windowMs);
  const bucketNames = buckets(key);
  for (const limit of ['accountAtAddress', 'address'] as const) {
    const attempts = await countAttempts(db, bucketNames[limit], since);
    if (attempts >= limits[limit]) {
      const oldest = await oldestAttemptSince(db, bucketNames[limit], since);
      const retryAfterSeconds = oldest
        ? Math.max(1, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000))
        : 60;
      throw problem(429, 'rate_limited', 'Too many attempts. Try again later.', {
        extensions: { retryAfterSeconds },
      });
    }
  }
}

export async function recordFailedAttempt(db: Db, key: ThrottleKey, now: Date): Promise<void> {
  const bucketNames = buckets(key);
  await recordAttempt(db, bucketNames.accountAtAddress, now);
  await recordAttempt(db, bucketNames.address, now);
}

export async function clearFailedAttempts(db: Db, key: ThrottleKey): Promise<void> {
  await clearAttempts(db, buckets(key).accountAtAddress);
}
