// The card payment entry points the billing routes call (see start-card-payment.ts and
// refund-card-payment.ts for the rules).
export { refundCardPayment } from './refund-card-payment.ts';
export { startCardPayment } from './start-card-payment.ts';
