type ProblemCodeEntry = {
  /** Every status the code is sent with. */
  readonly statuses: readonly number[];
  readonly when: string;
};

/**
 * Every `code` a problem+json answer of the API can carry. Clients switch on these and never on
 * the English title, so once a code is here its spelling and statuses are part of the contract
 * (API.md). The server's `problem()` takes only these; problem-codes.test.ts keeps the list in
 * step with what the server throws and with the codes the web app gives messages for.
 */
export const problemCatalogue = {
  // The request itself
  bad_request: {
    statuses: [400],
    when: 'The request cannot be read or routed. Other 4xx refusals of the framework keep their status.',
  },
  bad_url: { statuses: [400], when: 'The path is not valid percent-encoded UTF-8.' },
  uri_too_long: { statuses: [414], when: 'A part of the path is too long.' },
  invalid_json: { statuses: [400], when: 'The body is not JSON, or is empty while Content-Type says JSON.' },
  unsupported_media_type: { statuses: [415], when: 'The body is not sent as application/json.' },
  payload_too_large: { statuses: [413], when: 'The body is over the size limit.' },
  method_not_allowed: { statuses: [405], when: 'The path does not take this method.' },
  not_acceptable: { statuses: [406], when: 'The endpoint cannot answer in the form that Accept asks for.' },
  validation_failed: {
    statuses: [400, 422],
    when: 'Not the shape the API takes (400), or a value breaks a rule (422); `errors` lists the fields.',
  },
  not_found: { statuses: [404], when: 'No such resource, or none the caller may see.' },
  conflict: {
    statuses: [409],
    when: 'Clashes with something already recorded (an email in use, a name taken, a state already set).',
  },
  precondition_failed: {
    statuses: [412],
    when: 'If-Match names a version that is no longer current; `currentVersion` may say which is.',
  },
  rate_limited: {
    statuses: [429],
    when: 'Too many requests or attempts; `retryAfterSeconds` says when to retry.',
  },

  // The server
  internal_error: {
    statuses: [500],
    when: 'An unexpected fault; the server logged it and says nothing more.',
  },
  server_busy: {
    statuses: [503],
    when: 'The process is overloaded and sheds load; retry after Retry-After.',
  },
  database_busy: { statuses: [503], when: 'Every database connection stayed busy; retry after Retry-After.' },
  database_unavailable: { statuses: [503], when: 'The readiness probe found the database not answering.' },

  // Logging in and access
  unauthenticated: { statuses: [401], when: 'No valid session or token, or wrong credentials at login.' },
  totp_required: {
    statuses: [401],
    when: 'The account has two-factor authentication: send its current code.',
  },
  email_not_verified: { statuses: [403], when: 'A patient logs in before confirming their email address.' },
  forbidden: { statuses: [403], when: 'The role or the relation to the resource does not allow this.' },
  two_factor_enrollment_required: {
    statuses: [403],
    when: 'The clinic requires two-factor authentication and this account has not set it up.',
  },
  enroll_two_factor_first: {
    statuses: [422],
    when: 'An admin requires two-factor authentication for staff without having it themselves.',
  },
  invalid_code: {
    statuses: [422],
    when: 'The authenticator code given while setting up or turning off 2FA is wrong.',
  },
  invalid_token: {
    statuses: [422],
    when: 'An email link (verification, password reset) is invalid or expired.',
  },
  weak_password: { statuses: [422], when: 'The new password is too easy to guess.' },
  wrong_password: { statuses: [422], when: 'The current password given to change it is not correct.' },

  // Users and patients
  last_admin: { statuses: [422], when: 'The change would leave the clinic without an active administrator.' },
  cannot_deactivate_self: { statuses: [422], when: 'A user tried to deactivate their own account.' },
  possible_duplicate: {
    statuses: [409],
    when: 'The new patient may already be registered; `candidates` lists them. Resend acknowledged.',
  },
  export_too_large: {
    statuses: [422],
    when: 'More audit events match than one export holds; `limit` says how many.',
  },

  // Scheduling
  slot_unavailable: {
    statuses: [409],
    when: 'The time is taken; `blockers` and `suggestions` say by what and when else.',
  },
  outside_working_hours: {
    statuses: [422],
    when: 'The provider does not work then, or it is not a time offered.',
  },
  outside_booking_window: {
    statuses: [422],
    when: 'Too soon or too far ahead to book online; see `notBefore`, `notAfter`.',
  },
  not_bookable_online: { statuses: [422], when: 'This appointment type is booked by the clinic only.' },
  in_the_past: { statuses: [422], when: 'The time has already passed.' },
  cancellation_window_passed: {
    statuses: [422],
    when: 'Too close to the visit to change or cancel it online.',
  },
  invalid_transition: {
    statuses: [409],
    when: 'The appointment cannot go to that status (or move) from its current one.',
  },
  series_conflict: {
    statuses: [409],
    when: 'Some visits of a recurring series clash; `conflicts` lists them.',
  },
  hold_expired: { statuses: [409], when: 'The hold on the time was released or does not match the booking.' },
  idempotency_in_progress: {
    statuses: [409],
    when: 'The first request with this Idempotency-Key is still running.',
  },
  idempotency_key_reused: { statuses: [422], when: 'This Idempotency-Key was used for a different request.' },
  offer_not_open: { statuses: [409], when: 'The waitlist offer can no longer be accepted.' },
  waitlist_entry_fulfilled: {
    statuses: [409],
    when: 'The waitlist entry has been booked; cancel the appointment.',
  },

  // Billing
  period_closed: {
    statuses: [409],
    when: 'The books are closed on that date; `closedThrough` says up to when.',
  },
  day_not_over: { statuses: [422], when: 'The day to close in the books has not come yet.' },
  refund_exceeds_payment: {
    statuses: [422],
    when: 'More than remains refundable; `refundableCents` says how much.',
  },
  payment_not_refundable: { statuses: [409], when: 'The payment is in a state that cannot be refunded.' },
  no_receipt: { statuses: [409], when: 'Only a payment that went through has a receipt.' },
  nothing_owed: { statuses: [422], when: 'The account owes nothing to pay.' },
  balance_changed: {
    statuses: [409],
    when: 'What the account owes changed; `amountCents` is the new amount.',
  },
  deposit_required: {
    statuses: [422],
    when: 'The visit needs a deposit: hold the time, then pay it to book.',
  },
  no_deposit_required: { statuses: [422], when: 'The visit needs no deposit.' },
  deposit_already_paid: { statuses: [409], when: 'The deposit is already paid.' },
  link_expired: { statuses: [410], when: 'The payment link has been used or has expired.' },
  card_payments_unavailable: { statuses: [422], when: 'Card payments are not set up for this clinic.' },
  payment_provider_error: { statuses: [502], when: 'The card payment provider refused the request.' },
  payment_provider_unavailable: {
    statuses: [503],
    when: 'The card payment provider did not answer; retry shortly.',
  },
  invalid_signature: { statuses: [400], when: 'A Stripe webhook whose signature does not match its body.' },
} as const satisfies Record<string, ProblemCodeEntry>;

export type ProblemCode = keyof typeof problemCatalogue;

export const problemCodes = Object.keys(problemCatalogue) as ProblemCode[];

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(problemCatalogue, code);
}
