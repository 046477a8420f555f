/**
 * Where a transport reports that a mail left. Shaped like pino's `info(object, message)` so
 * the app logger fits; callers pass only ids here, never a recipient, subject or body.
 */
export type MailLog = {
  info(details: { mailTransport: 'smtp' | 'dev-mailbox'; messageId: string }, message: string): void;
};
