import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEnglish from '@zxcvbn-ts/language-en';
import { problem } from '../../lib/problem.ts';

// argon2id with OWASP's baseline (19 MiB, 2 passes, 1 lane): ~25 ms here, costly for a GPU farm.
// `algorithm: 2` is Argon2id; the package exports it as a const enum that isolated modules cannot read.
const argon2idOptions = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2idOptions);
}

// Verifying against this when the account does not exist keeps the answer time the same,
// so timing does not tell an attacker which emails have accounts.
const decoyHash = hash('decoy password that matches nothing', argon2idOptions);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

const strength = new ZxcvbnFactory({
  dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEnglish.dictionary },
  graphs: zxcvbnCommon.adjacencyGraphs,
  translations: zxcvbnEnglish.translations,
});

/** Score 0–4; below 3 is guessable within hours offline even against argon2. */
const minimumScore = 3;

// A password made of the person's own name, email or birth date is the first thing an
// attacker who knows them tries, so those parts count as dictionary words.
function personalWords(details: string[]): string[] {
  const words = details.flatMap((detail) => detail.toLowerCase().split(/[^a-z0-9]+/));
  const joined = details.map((detail) => detail.toLowerCase().replace(/[^a-z0-9]/g, ''));
  return [...new Set([...words, ...joined])].filter((word) => word.length >= 2);
}

/** Throws `422 weak_password` when the password is common or built from the user's own details. */
export function assertStrongPassword(password: string, personalDetails: string[]): void {
  const result = strength.check(password, personalWords(personalDetails));
  if (result.score >= minimumScore) return;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(
    (line): line is string => typeof line === 'string' && line.length > 0,
  );
  throw problem(422, 'weak_password', 'This password is too easy to guess.', {
    errors: [{ path: 'password', message: advice.join(' ') || 'Choose a longer, less common password.' }],
  });
}
