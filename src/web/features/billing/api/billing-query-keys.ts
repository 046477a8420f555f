import type { PaymentMethod } from '../../../../shared/billing.ts';

/** Query keys of the billing feature; everything money sits under one root, refreshed together. */
export const billingQueryKeys = {
  all: ['billing'] as const,
  settings: ['billing', 'settings'] as const,
  ledger: (patientId: string) => ['billing', 'ledger', patientId] as const,
  account: (guarantorId: string) => ['billing', 'account', guarantorId] as const,
  payments: (filter: { date: string; method: PaymentMethod | undefined }) =>
    ['billing', 'payments', filter] as const,
  payment: (id: string) => ['billing', 'payment', id] as const,
  dayCloses: ['billing', 'day-closes'] as const,
  // A public link is not billing data of the signed-in user: its own root, never refreshed with it.
  payLink: (token: string) => ['pay-link', token] as const,
};
