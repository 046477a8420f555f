import nodemailer from 'nodemailer';
import { MailDeliveryError } from './mail-delivery-error.ts';
import type { MailLog } from './mail-log.ts';
import type { Mailer } from './mailer.ts';

export type SmtpMailerOptions = {
  /** `smtp://` or `smtps://` URL, with credentials and options as nodemailer reads them. */
  url: string;
  /** The From header of every message, e.g. `Clinic <no-reply@clinic.example>`. */
  from: string;
  log?: MailLog | undefined;
};

/** Sends over SMTP through a connection pool, so bursts of mail reuse a few connections. */
export function createSmtpMailer({ url, from, log }: SmtpMailerOptions): Mailer {
  // Nodemailer's own logger stays off: at debug level it prints recipients and bodies.
  const transport = nodemailer.createTransport({ url, pool: true, logger: false }, { from });
  return {
    async send(message) {
      let messageId: string;
      try {
        const info = await transport.sendMail({
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html === undefined ? {} : { html: message.html }),
        });
        messageId = info.messageId;
      } catch (error) {
        throw MailDeliveryError.from(error);
      }
      log?.info({ mailTransport: 'smtp', messageId }, 'mail sent');
    },
    async close() {
      transport.close();
    },
  };
}
