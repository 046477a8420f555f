import type { Config } from '../../config.ts';
import type { Db } from '../../db/engine.ts';
import { createDevMailbox } from './dev-mailbox.ts';
import type { MailLog } from './mail-log.ts';
import type { Mailer } from './mailer.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

/** SMTP when `SMTP_URL` is set; otherwise mail stays in the development mailbox (/dev/mail). */
export function createMailer(config: Config, db: Db, log?: MailLog): Mailer {
  if (config.smtpUrl) return createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom, log });
  return createDevMailbox(db, log);
}
