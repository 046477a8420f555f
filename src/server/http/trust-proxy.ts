import { isIP } from 'node:net';
import { z } from 'zod';

/** Fastify's `trustProxy`: off, every proxy, a number of hops, or the proxies' addresses. */
export type TrustProxy = boolean | number | string[];

// The names proxy-addr (Fastify's) knows for whole ranges.
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (namedRanges.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * TOPSMILE_TRUST_PROXY: unset or `false` uses the connection's address, ignoring
 * X-Forwarded-For, which any client can write; `true` trusts every hop; a number trusts
 * that many hops; otherwise a comma-separated list of proxy addresses or CIDR ranges.
 */
export const TrustProxySetting = z
  .string()
  .optional()
  .transform((value, context): TrustProxy => {
    const text = value?.trim() ?? '';
    if (text === '' || text === 'false') return false;
    if (text === 'true') return true;
    if (/^\d+$/.test(text)) return Number(text);
    const entries = text.split(',').map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isAddressOrRange(entry));
    if (bad.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `must be true, false, a hop count or addresses/CIDR ranges (not ${bad.join(', ')})`,
      });
      return z.NEVER;
    }
    return entries;
  });

/**
 * The setting as Fastify takes it. Fastify refuses to trust by hop count alone (it cannot tell
 * a proxy from a client that wrote the header itself); a configured count means the operator
 * knows every connection comes through that many proxies, so it is honoured as Express does.
 */
export function fastifyTrustProxy(
  setting: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}
