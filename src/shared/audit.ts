import { z } from 'zod';

export const AuditOutcome = z.enum(['success', 'failure', 'denied']);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

/**
 * Every action the server writes to the audit trail, the one list the viewer's action filter
 * and its translated labels come from (audit-actions.test.ts checks it against the server's
 * code, both ways). The trail itself stores plain text, so events written under a code that
 * has since been retired still list; they show the code instead of a label.
 */
export const auditActions = [
  'access.denied',
  'account.read',
  'accounts.statement',
  'appointment_series.cancel',
  'appointment_series.create',
  'appointment_series.read',
  'appointment_types.create',
  'appointment_types.update',
  'appointments.book',
  'appointments.cancel',
  'appointments.hold',
  'appointments.list',
  'appointments.read',
  'appointments.reschedule',
  'appointments.status',
  'audit.export',
  'audit.list',
  'audit.verify',
  'auth.invitation_accepted',
  'auth.login',
  'auth.password_changed',
  'auth.password_reset',
  'auth.password_reset_requested',
  'auth.refresh_token_reused',
  'auth.register',
  'auth.two_factor_disabled',
  'auth.two_factor_enabled',
  'auth.verify_email',
  'calendar_feed.issue',
  'calendar_feed.read',
  'calendar_feed.revoke',
  'clinic.update',
  'day_close.close',
  'demo.seed',
  'deposits.refund_unbooked',
  'holidays.create',
  'holidays.delete',
  'ledger.adjustment',
  'ledger.charge',
  'ledger.payment',
  'ledger.read',
  'ledger.refund',
  'medical_history.read',
  'medical_history.update',
  'medical_history.versions',
  'operatories.create',
  'operatories.update',
  'patients.archive',
  'patients.create',
  'patients.import',
  'patients.read',
  'patients.search',
  'patients.unarchive',
  'patients.update',
  'payment_links.create',
  'payment_links.read',
  'payments.cancel',
  'payments.checkout',
  'payments.fail',
  'payments.list',
  'payments.read',
  'payments.receipt',
  'payments.record',
  'payments.refund',
  'payments.settle',
  'payments.stripe_event',
  'providers.create',
  'providers.update',
  'refunds.failed',
  'refunds.request',
  'refunds.settled',
  'report.aging',
  'report.appointments',
  'report.patients',
  'report.production',
  'report.summary',
  'report.utilization',
  'security.policy_updated',
  'time_off.create',
  'time_off.delete',
  'users.create',
  'users.reset_two_factor',
  'users.update',
  'waitlist.join',
  'waitlist.list',
  'waitlist.offer.accept',
  'waitlist.offers.read',
  'waitlist.withdraw',
  'working_hours.replace',
] as const;
export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(code: string): code is AuditAction {
  return (auditActions as readonly string[]).includes(code);
}

/** One event of the audit trail as the list shows it; detail and user agent stay server-side. */
export const AuditEventSummary = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  actorId: z.uuid().nullable(),
  actorName: z
    .string()
    .nullable()
    .describe('The user’s name as it is now; null for anonymous events and users no longer on file'),
  // Text, not the Role enum: events must stay readable after roles are renamed or retired.
  actorRole: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  patientId: z.uuid().nullable(),
  patientName: z
    .string()
    .nullable()
    .describe('First and last name as they are now; null without a patient or one no longer on file'),
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

/** What narrows the trail, without paging: the list's filters, and all the CSV export takes. */
export type AuditEventFilters = Pick<
  ListAuditEventsQuery,
  'actorId' | 'patientId' | 'action' | 'from' | 'to'
>;

/** The most events one CSV export holds; past it the export is refused, never cut short. */
export const auditExportLimit = 10_000;

const checkedEvents = z.int().nonnegative().describe('Events read before the walk ended');
export const AuditChainVerification = z.discriminatedUnion('intact', [
  z.object({ intact: z.literal(true), checkedEvents }),
  z.object({
    intact: z.literal(false),
    checkedEvents,
    firstBrokenSeq: z.int().describe('The number of the first event that does not verify'),
  }),
]);
export type AuditChainVerification = z.infer<typeof AuditChainVerification>;
