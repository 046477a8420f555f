// What other parts of the app may use of the billing feature; its other files are internal.
// The pages are not exported: the router loads them lazily, straight from routes/.

// The appointment book's "undo completion" names the fee it reverses and refreshes the ledger.
export { useInvalidateBilling } from './api/use-invalidate-billing.ts';
export { useLedger } from './api/use-ledger.ts';
export { BillingTab } from './components/billing-tab.tsx';
export { VisitCheckout } from './components/visit-checkout.tsx';
