import { desc, eq, sql } from 'drizzle-orm';
import type { DevMail, DevMailListQuery, DevMailPage } from '../../../shared/dev-mail.ts';
import type { AppContext } from '../../context.ts';
import { devMailbox } from '../../db/schema.ts';
import { notFound } from '../../lib/problem.ts';

type DevMailContext = Pick<AppContext, 'config' | 'db'>;
type DevMailRow = typeof devMailbox.$inferSelect;

function toDevMail(row: DevMailRow): DevMail {
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    text: row.textBody,
    html: row.htmlBody,
    createdAt: row.createdAt.toISOString(),
  };
}

// With SMTP configured, mail really leaves and the table is not the mailbox: answer as if
// the endpoint did not exist rather than show stale rows from before SMTP was set up.
function assertDevMailboxInUse(ctx: DevMailContext): void {
  if (ctx.config.smtpUrl) throw notFound('There is no development mailbox: mail is sent over SMTP.');
}

/** Newest first; the cursor is the id of the last mail of the previous page. */
export async function listDevMail(ctx: DevMailContext, query: DevMailListQuery): Promise<DevMailPage> {
  assertDevMailboxInUse(ctx);
  // The cursor row's own timestamp is compared inside the database: created_at has
  // microseconds, which a JavaScript Date carried in the cursor would round away.
  const olderThanCursor =
    query.cursor === undefined
      ? undefined
      : sql`(${devMailbox.createdAt}, ${devMailbox.id}) < (
          SELECT cursor_mail.created_at, cursor_mail.id FROM dev_mailbox cursor_mail
          WHERE cursor_mail.id = ${query.cursor})`;
  const rows = await ctx.db
    .select()
    .from(devMailbox)
    .where(olderThanCursor)
    .orderBy(desc(devMailbox.createdAt), desc(devMailbox.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toDevMail),
    nextCursor: rows.length > query.limit && last ? last.id : null,
  };
}

export async function getDevMail(ctx: DevMailContext, id: string): Promise<DevMail> {
  assertDevMailboxInUse(ctx);
  const [row] = await ctx.db.select().from(devMailbox).where(eq(devMailbox.id, id));
  if (!row) throw notFound('No such mail in the development mailbox.');
  return toDevMail(row);
}
