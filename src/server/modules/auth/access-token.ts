import { jwtVerify, SignJWT } from 'jose';
import type { Role } from '../../../shared/permissions.ts';

export const accessTokenSeconds = 15 * 60;
const issuer = 'topsmile';
const audience = 'topsmile-api';

export type AccessClaims = {
  userId: string;
  role: Role;
  sessionId: string;
  tokenVersion: number;
};

function keyFrom(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export function signAccessToken(secret: string, claims: AccessClaims, now: Date): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ role: claims.role, sid: claims.sessionId, ver: claims.tokenVersion })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + accessTokenSeconds)
    .sign(keyFrom(secret));
}

/** Returns the claims of a valid token, or undefined for anything else (forged, expired, `none`…). */
export async function verifyAccessToken(
  secret: string,
  token: string,
  now: Date,
): Promise<AccessClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyFrom(secret), {
      // Pinning the algorithm is what rejects `alg: none` and key-confusion tricks.
      algorithms: ['HS256'],
      issuer,
      audience,
      // A token without an expiry would work for ever once leaked; ours always carry one.
      requiredClaims: ['exp'],
      currentDate: now,
    });
    const { sub, role, sid, ver } = payload;
    if (
      typeof sub !== 'string' ||
      typeof role !== 'string' ||
      typeof sid !== 'string' ||
      typeof ver !== 'number'
    ) {
      return undefined;
    }
    return { userId: sub, role: role as Role, sessionId: sid, tokenVersion: ver };
  } catch {
    return undefined;
  }
}
