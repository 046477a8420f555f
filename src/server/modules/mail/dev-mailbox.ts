import type { Db } from '../../db/engine.ts';
import { devMailbox } from '../../db/schema.ts';
import type { MailLog } from './mail-log.ts';
import type { Mailer } from './mailer.ts';

/**
 * Keeps each message in the `dev_mailbox` table instead of sending it, so that an
 * installation without SMTP still lets an admin read verification and reset mails.
 */
export function createDevMailbox(db: Db, log?: MailLog): Mailer {
  return {
    async send(message) {
      const [row] = await db
        .insert(devMailbox)
        .values({
          toAddress: message.to,
          subject: message.subject,
          textBody: message.text,
          htmlBody: message.html ?? null,
        })
        .returning({ id: devMailbox.id });
      if (row)
        log?.info({ mailTransport: 'dev-mailbox', messageId: row.id }, 'mail stored in the dev mailbox');
    },
    async close() {},
  };
}
