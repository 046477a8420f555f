import { decodeJwt } from 'jose';

/**
 * When the bearer token of an already authenticated request expires. A stream outliving its
 * token would keep a deactivated or logged-out user informed; ending it then makes the client
 * come back with a fresh token, which is checked again.
 */
export function accessTokenExpiry(authorization: string | undefined): Date | undefined {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!token) return undefined;
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' ? new Date(exp * 1000) : undefined;
  } catch {
    return undefined;
  }
}
