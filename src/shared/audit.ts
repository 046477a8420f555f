import { z } from 'zod';

export const AuditOutcome = z.enum(['success', 'failure', 'denied']);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

/** One event of the audit trail as the list shows it; detail and user agent stay server-side. */
export const AuditEventSummary = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  actorId: z.uuid().nullable(),
  // Text, not the Role enum: events must stay readable after roles are renamed or retired.
  actorRole: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  patientId: z.uuid().nullable(),
  ip: z.string().nullable(),
  outcome: AuditOutcome,
});
export type AuditEventSummary = z.infer<typeof AuditEventSummary>;

export const AuditEventPage = z.object({
  items: z.array(AuditEventSummary),
  nextCursor: z
    .string()
    .nullable()
    .describe('Pass as `cursor` to get the next, older page; null on the last page'),
});
export type AuditEventPage = z.infer<typeof AuditEventPage>;

// The cursor is the seq of the last event of a page, base64url-encoded so that clients treat
// it as opaque; btoa/atob exist in browsers and in Node alike.
const cursorPattern = /^[A-Za-z0-9_-]{1,24}$/;

export function encodeAuditCursor(seq: number): string {
  return btoa(String(seq)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The seq a cursor stands for, or undefined when it is not one this API handed out. */
export function decodeAuditCursor(cursor: string): number | undefined {
  if (!cursorPattern.test(cursor)) return undefined;
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  if (!/^[1-9][0-9]{0,15}$/.test(text)) return undefined;
  const seq = Number(text);
  return Number.isSafeInteger(seq) ? seq : undefined;
}

export const ListAuditEventsQuery = z
  .strictObject({
    actorId: z.uuid().optional(),
    patientId: z.uuid().optional(),
    from: z.iso.datetime({ offset: true }).optional().describe('Events at or after this instant'),
    to: z.iso.datetime({ offset: true }).optional().describe('Events strictly before this instant'),
    action: z.string().trim().min(1).max(100).optional().describe('Exact action, e.g. `auth.login`'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z
      .string()
      .refine((cursor) => decodeAuditCursor(cursor) !== undefined, 'Not a cursor this API returned')
      .optional()
      .describe('The `nextCursor` of the previous page'),
  })
  .refine((query) => !query.from || !query.to || Date.parse(query.from) < Date.parse(query.to), {
    path: ['to'],
    message: 'Must be after `from`',
  });
export type ListAuditEventsQuery = z.infer<typeof ListAuditEventsQuery>;
