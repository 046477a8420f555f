/**
 * Why a mail could not be sent, without the server's reply text: SMTP replies often quote
 * the recipient address, and whoever catches this error may log it.
 */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';

  constructor(
    /** Nodemailer's error code, such as `ECONNECTION`, `EAUTH` or `EENVELOPE`. */
    readonly code: string | undefined,
    /** The SMTP reply code, when the server answered. */
    readonly responseCode: number | undefined,
  ) {
    super(`Mail delivery failed (${[code ?? 'unknown', responseCode].filter(Boolean).join(', ')})`);
  }

  /** A 5xx reply will not change on retry (RFC 5321 §4.2.1); anything else may be transient. */
  get permanent(): boolean {
    return this.responseCode !== undefined && this.responseCode >= 500 && this.responseCode < 600;
  }

  static from(error: unknown): MailDeliveryError {
    const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
    return new MailDeliveryError(
      typeof code === 'string' ? code : undefined,
      typeof responseCode === 'number' ? responseCode : undefined,
    );
  }
}
