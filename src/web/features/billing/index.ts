// What other parts of the app may use of the billing feature; its other files are internal.
// The pages are not exported: the router loads them lazily, straight from routes/.
export { BillingTab } from './components/billing-tab.tsx';
export { VisitCheckout } from './components/visit-checkout.tsx';
