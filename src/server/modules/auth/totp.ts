import { generateSecret, generateURI, verify } from 'otplib';

// One step either side absorbs clock drift between the server and the phone.
const toleranceSeconds = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: 'TopSmile', label: accountEmail, secret });
}

/**
 * The time step the code belongs to, or undefined when it is wrong. Steps at or before
 * `lastUsedStep` are refused, so a code seen over a shoulder cannot be replayed.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: toleranceSeconds,
      ...(lastUsedStep === null ? {} : { afterTimeStep: lastUsedStep }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : undefined;
  } catch {
    return undefined;
  }
}
