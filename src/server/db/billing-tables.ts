import { boolean, date, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DayCloseTotals } from '../../shared/billing.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

export const paymentMethods = ['cash', 'card_terminal', 'check', 'stripe'] as const;
export const paymentStatuses = ['pending', 'succeeded', 'failed', 'cancelled'] as const;
export const refundStatuses = ['pending', 'succeeded', 'failed'] as const;
export const ledgerKinds = ['charge', 'payment', 'refund', 'adjustment'] as const;

export const paymentLinks = pgTable('payment_links', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull(),
  patientId: uuid('patient_id').notNull(),
  amountCents: integer('amount_cents'),
  expiresAt: timestamptz('expires_at').notNull(),
  usedAt: timestamptz('used_at'),
  createdBy: uuid('created_by'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const payments = pgTable('payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  patientId: uuid('patient_id').notNull(),
  method: text('method', { enum: paymentMethods }).notNull(),
  amountCents: integer('amount_cents').notNull(),
  currency: text('currency').notNull(),
  status: text('status', { enum: paymentStatuses }).notNull(),
  reference: text('reference'),
  receiptNumber: integer('receipt_number'),
  stripeCheckoutSessionId: text('stripe_checkout_session_id'),
  stripePaymentIntentId: text('stripe_payment_intent_id'),
  failureReason: text('failure_reason'),
  appointmentId: uuid('appointment_id'),
  paymentLinkId: uuid('payment_link_id'),
  createdBy: uuid('created_by'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  settledAt: timestamptz('settled_at'),
});

export const refunds = pgTable('refunds', {
  id: uuid('id').primaryKey().defaultRandom(),
  paymentId: uuid('payment_id').notNull(),
  amountCents: integer('amount_cents').notNull(),
  reason: text('reason').notNull(),
  status: text('status', { enum: refundStatuses }).notNull(),
  stripeRefundId: text('stripe_refund_id'),
  failureReason: text('failure_reason'),
  createdBy: uuid('created_by'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  settledAt: timestamptz('settled_at'),
});

/** Append-only (a trigger refuses UPDATE and DELETE); see 0012_billing.sql for the sign rules. */
export const ledgerEntries = pgTable('ledger_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  patientId: uuid('patient_id').notNull(),
  kind: text('kind', { enum: ledgerKinds }).notNull(),
  amountCents: integer('amount_cents').notNull(),
  currency: text('currency').notNull(),
  description: text('description').notNull(),
  postedAt: timestamptz('posted_at').notNull(),
  postedOn: date('posted_on').notNull(),
  appointmentId: uuid('appointment_id'),
  paymentId: uuid('payment_id'),
  refundId: uuid('refund_id'),
  reversesEntryId: uuid('reverses_entry_id'),
  visitFee: boolean('visit_fee').notNull().default(false),
  createdBy: uuid('created_by'),
});

export const receiptCounter = pgTable('receipt_counter', {
  id: smallint('id').primaryKey().default(1),
  lastNumber: integer('last_number').notNull(),
});

export const dayCloses = pgTable('day_closes', {
  date: date('date').primaryKey(),
  totals: jsonb('totals').$type<DayCloseTotals>().notNull(),
  closedBy: uuid('closed_by'),
  closedAt: timestamptz('closed_at').notNull().defaultNow(),
});

export const stripeEvents = pgTable('stripe_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamptz('received_at').notNull().defaultNow(),
});
