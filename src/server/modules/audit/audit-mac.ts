import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditEventRow } from './audit-tables.ts';

/** What the first event chains to; the migration seeds audit_chain_head with the same value. */
export const genesisMac = 'topsmile-audit-genesis';

// Bumped if the serialization ever changes, so that old and new MACs can never collide.
const formatVersion = 'topsmile-audit-v1';

/** Everything in a row that the MAC covers: all of it but the MACs themselves. */
export type AuditMacContent = Omit<AuditEventRow, 'prevMac' | 'mac'>;

/**
 * JSON with object keys sorted at every depth, so that a value reads back from jsonb (which
 * reorders keys) to the same text it was written as.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Brings a detail object to exactly what jsonb will hand back (Dates become ISO strings,
 * undefined members vanish), so that the MAC computed before the insert matches the one the
 * verifier computes from the stored row.
 */
export function normalizeDetail(detail: Record<string, unknown> | undefined): unknown {
  if (detail === undefined) return null;
  return JSON.parse(JSON.stringify(detail));
}

/** HMAC-SHA256 over the row's content and its predecessor's MAC, hex-encoded. */
export function auditMac(key: string, content: AuditMacContent, prevMac: string): string {
  // A JSON array keeps the fields apart unambiguously, whatever characters they hold.
  const message = JSON.stringify([
    formatVersion,
    String(content.seq),
    content.id,
    content.at.toISOString(),
    content.actorId,
    content.actorRole,
    content.action,
    content.entity,
    content.entityId,
    content.patientId,
    content.ip,
    content.userAgent,
    content.outcome,
    canonicalJson(content.detail),
    prevMac,
  ]);
  return createHmac('sha256', key).update(message, 'utf8').digest('hex');
}

export function macsEqual(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(actual, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
