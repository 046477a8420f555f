import { z } from 'zod';
import { IsoDate } from './auth.ts';

/** Integer minor units of the clinic currency; a cap keeps typing mistakes out of the ledger. */
const maxCents = 100_000_000;
const Cents = z.int('Use whole cents').max(maxCents, `At most ${maxCents} cents`);
const PositiveCents = Cents.min(1, 'Must be more than zero');
const Id = (what: string) => z.uuid(`Not a ${what} id`);
// PostgreSQL text cannot hold U+0000; refusing it here makes it a 422 instead of a failed insert.
const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !value.includes('\u0000'), 'Must not contain NUL characters');

export const ledgerEntryKinds = ['charge', 'payment', 'refund', 'adjustment'] as const;
export type LedgerEntryKind = (typeof ledgerEntryKinds)[number];

export const paymentMethods = ['cash', 'card_terminal', 'check', 'stripe'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
/** What the desk records itself; `stripe` is settled only by Stripe's webhook. */
export const offlinePaymentMethods = ['cash', 'card_terminal', 'check'] as const;

export const paymentStatuses = ['pending', 'succeeded', 'failed', 'cancelled'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];
export const refundStatuses = ['pending', 'succeeded', 'failed'] as const;
export type RefundStatus = (typeof refundStatuses)[number];

export const LedgerEntry = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  kind: z.enum(ledgerEntryKinds),
  amountCents: z.int().describe('As shown: positive, except adjustments (signed) and charge reversals'),
  description: z.string(),
  postedAt: z.string(),
  appointmentId: z.uuid().nullable().optional(),
  paymentId: z.uuid().nullable().optional(),
  refundId: z.uuid().nullable().optional(),
  reversesEntryId: z.uuid().nullable().optional(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable().optional(),
  balanceAfterCents: z.int().describe("The patient's running balance after this entry"),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const Ledger = z.object({
  patientId: z.uuid(),
  accountId: z.uuid().describe("The guarantor whose account this patient's entries belong to"),
  currency: z.string(),
  balanceCents: z.int(),
  entries: z.array(LedgerEntry).describe('Oldest first'),
});
export type Ledger = z.infer<typeof Ledger>;

export const Aging = z.object({
  current: z.int(),
  days31to60: z.int(),
  days61to90: z.int(),
  over90: z.int(),
});
export type Aging = z.infer<typeof Aging>;

export const AccountMember = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  balanceCents: z.int(),
});

export const Account = z.object({
  guarantorId: z.uuid(),
  currency: z.string(),
  asOf: z.string().describe('Clinic-local date the figures are computed for'),
  members: z.array(AccountMember),
  balanceCents: z.int(),
  aging: Aging.describe(
    'Charges aged by date; every credit applied to the oldest first; a credit balance is in current',
  ),
});
export type Account = z.infer<typeof Account>;

export const AccountQuery = z.strictObject({ asOf: IsoDate.optional() });

export const ChargeInput = z.strictObject({
  patientId: Id('patient'),
  amountCents: PositiveCents,
  description: Text(300).min(1, 'Required'),
  appointmentId: Id('appointment').optional(),
});
export type ChargeInput = z.infer<typeof ChargeInput>;

export const AdjustmentInput = z.strictObject({
  patientId: Id('patient'),
  amountCents: Cents.min(-maxCents).refine((value) => value !== 0, 'Must not be zero'),
  reason: Text(300).min(1, 'Required'),
});
export type AdjustmentInput = z.infer<typeof AdjustmentInput>;

export const PaymentInput = z.strictObject({
  patientId: Id('patient'),
  amountCents: PositiveCents,
  method: z.enum(paymentMethods),
  reference: Text(200).optional(),
});
export type PaymentInput = z.infer<typeof PaymentInput>;

export const Refund = z.object({
  id: z.uuid(),
  paymentId: z.uuid(),
  amountCents: z.int(),
  reason: z.string(),
  status: z.enum(refundStatuses),
  failureReason: z.string().nullable(),
  createdAt: z.string(),
});
export type Refund = z.infer<typeof Refund>;

export const Payment = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  patientName: z.string().optional(),
  amountCents: z.int(),
  currency: z.string(),
  method: z.enum(paymentMethods),
  status: z.enum(paymentStatuses),
  reference: z.string().nullable(),
  receiptNumber: z.int().nullable(),
  failureReason: z.string().nullable(),
  refundedCents: z.int().describe('Refunds pending or succeeded'),
  refunds: z.array(Refund),
  checkoutUrl: z.string().optional().describe('Stripe Checkout, for a pending card payment'),
  createdAt: z.string(),
  settledAt: z.string().nullable(),
});
export type Payment = z.infer<typeof Payment>;

export const PaymentListQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  method: z.enum(paymentMethods).optional(),
  patientId: Id('patient').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type PaymentListQuery = z.infer<typeof PaymentListQuery>;

export const MethodTotals = z.object({
  cash: z.int(),
  card_terminal: z.int(),
  check: z.int(),
  stripe: z.int(),
});
export type MethodTotals = z.infer<typeof MethodTotals>;

export const PaymentList = z.object({
  items: z.array(Payment),
  nextCursor: z.string().nullable(),
  currency: z.string(),
  totals: z.object({
    byMethod: MethodTotals.describe('Succeeded payments in the period, by method'),
    paymentsCents: z.int(),
    refundsCents: z.int().describe('Refunds settled in the period'),
  }),
});
export type PaymentList = z.infer<typeof PaymentList>;

export const RefundInput = z.strictObject({
  amountCents: PositiveCents.optional().describe('Default: all that remains refundable'),
  reason: Text(300).min(1, 'Required'),
});
export type RefundInput = z.infer<typeof RefundInput>;

export const PaymentLinkInput = z.strictObject({
  patientId: Id('patient'),
  amountCents: PositiveCents.optional().describe('Default: what the account owes when the link is opened'),
});
export type PaymentLinkInput = z.infer<typeof PaymentLinkInput>;

export const PaymentLinkCreated = z.object({ id: z.uuid(), url: z.string(), expiresAt: z.string() });
export type PaymentLinkCreated = z.infer<typeof PaymentLinkCreated>;

/** What someone holding a payment link sees: no names beyond initials. */
export const PayLinkView = z.object({
  clinicName: z.string(),
  clinicPhone: z.string().nullable(),
  patientInitials: z.string(),
  amountCents: z.int(),
  currency: z.string(),
  expiresAt: z.string(),
  cardPaymentsAvailable: z.boolean(),
});
export type PayLinkView = z.infer<typeof PayLinkView>;

export const CheckoutStarted = z.object({ paymentId: z.uuid(), checkoutUrl: z.string() });

export const DayCloseTotals = z.object({
  byMethod: MethodTotals,
  paymentsCents: z.int(),
  refundsCents: z.int(),
  chargesCents: z.int(),
  adjustmentsCents: z.int(),
});
export type DayCloseTotals = z.infer<typeof DayCloseTotals>;

export const DayClose = z.object({
  date: IsoDate,
  totals: DayCloseTotals,
  closedBy: z.uuid().nullable(),
  closedByName: z.string().nullable(),
  closedAt: z.string(),
});
export type DayClose = z.infer<typeof DayClose>;

export const DayCloseInput = z.strictObject({ date: IsoDate });

export const DayCloseListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type DayCloseListQuery = z.infer<typeof DayCloseListQuery>;

export const DayCloseList = z.object({ items: z.array(DayClose), nextCursor: z.string().nullable() });
export type DayCloseList = z.infer<typeof DayCloseList>;

/** Whether the clinic can take cards online (Stripe keys configured). */
export const BillingSettings = z.object({ currency: z.string(), cardPaymentsAvailable: z.boolean() });
export type BillingSettings = z.infer<typeof BillingSettings>;
