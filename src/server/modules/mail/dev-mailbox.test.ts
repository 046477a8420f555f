import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../../test/app.ts';
import { createTestDatabase } from '../../../../test/database.ts';
import { devMailbox } from '../../db/schema.ts';
import { ProblemError } from '../../lib/problem.ts';
import { createMailer } from './create-mailer.ts';
import type { MailLog } from './mail-log.ts';
import { getDevMail, listDevMail } from './service.ts';

const database = await createTestDatabase();
const { db } = database.engine;
const ctx = { config: testConfig(), db };
afterAll(() => database.drop());

async function clearMailbox() {
  await db.delete(devMailbox);
}

// Explicit timestamps, so that order does not depend on how fast the inserts run.
async function insertMail(subject: string, createdAt: string) {
  const [row] = await db
    .insert(devMailbox)
    .values({
      toAddress: 'x@example.test',
      subject,
      textBody: subject,
      createdAt: sql`${createdAt}::timestamptz`,
    })
    .returning({ id: devMailbox.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

async function readAllPages(limit: number) {
  const subjects: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listDevMail(ctx, { limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    subjects.push(...page.items.map((item) => item.subject));
    if (page.nextCursor === null) return subjects;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

describe('development mailbox', () => {
  it('is what createMailer gives without SMTP, and stores the message', async () => {
    await clearMailbox();
    const logged: unknown[] = [];
    const log: MailLog = { info: (details) => logged.push(details) };
    const mailer = createMailer(testConfig({ smtpUrl: undefined }), db, log);
    await mailer.send({ to: 'ana@example.test', subject: 'Welcome', text: 'Hi Ana', html: '<p>Hi Ana</p>' });
    await mailer.send({ to: 'bruno@example.test', subject: 'Text only', text: 'Hi Bruno' });
    await mailer.close();

    const { items, nextCursor } = await listDevMail(ctx, { limit: 50 });
    expect(nextCursor).toBeNull();
    expect(items.map(({ to, subject, text, html }) => ({ to, subject, text, html }))).toEqual([
      { to: 'bruno@example.test', subject: 'Text only', text: 'Hi Bruno', html: null },
      { to: 'ana@example.test', subject: 'Welcome', text: 'Hi Ana', html: '<p>Hi Ana</p>' },
    ]);
    const [newest] = items;
    expect(newest && Date.parse(newest.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(logged).toEqual(
      items.map((item) => ({ mailTransport: 'dev-mailbox', messageId: item.id })).reverse(),
    );
  });

  it('lists newest first across pages, each mail exactly once', async () => {
    await clearMailbox();
    for (let index = 1; index <= 7; index++) {
      await insertMail(`mail ${index}`, `2025-03-0${index}T10:00:00Z`);
    }
    const first = await listDevMail(ctx, { limit: 3 });
    expect(first.items.map((item) => item.subject)).toEqual(['mail 7', 'mail 6', 'mail 5']);
    expect(first.nextCursor).toBe(first.items[2]?.id);
    expect(await readAllPages(3)).toEqual([
      'mail 7',
      'mail 6',
      'mail 5',
      'mail 4',
      'mail 3',
      'mail 2',
      'mail 1',
    ]);
    expect(await readAllPages(7)).toHaveLength(7);
    expect(await readAllPages(200)).toHaveLength(7);
  });

  it('pages through mails sent at the same instant or microseconds apart without losing or repeating one', async () => {
    await clearMailbox();
    const sameInstant = '2025-03-01T10:00:00.123456Z';
    for (let index = 0; index < 5; index++) await insertMail(`same ${index}`, sameInstant);
    // Closer together than a JavaScript Date can tell apart.
    await insertMail('micro 1', '2025-03-01T10:00:00.123457Z');
    await insertMail('micro 2', '2025-03-01T10:00:00.123458Z');
    for (const limit of [1, 2, 3, 4]) {
      const subjects = await readAllPages(limit);
      expect(subjects.slice(0, 2), `limit ${limit}`).toEqual(['micro 2', 'micro 1']);
      expect(new Set(subjects).size, `limit ${limit}`).toBe(7);
      expect(subjects, `limit ${limit}`).toHaveLength(7);
    }
  });

  it('answers an empty last page for a cursor that names no mail', async () => {
    const page = await listDevMail(ctx, { limit: 10, cursor: '00000000-0000-4000-8000-000000000000' });
    expect(page).toEqual({ items: [], nextCursor: null });
  });

  it('reads one mail by id, and not_found for an unknown id', async () => {
    await clearMailbox();
    const id = await insertMail('the one', '2025-03-01T10:00:00Z');
    expect(await getDevMail(ctx, id)).toEqual({
      id,
      to: 'x@example.test',
      subject: 'the one',
      text: 'the one',
      html: null,
      createdAt: '2025-03-01T10:00:00.000Z',
    });
    await expect(getDevMail(ctx, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  it('does not exist when SMTP is configured', async () => {
    const smtpCtx = { config: testConfig({ smtpUrl: 'smtp://127.0.0.1:2525' }), db };
    await insertMail('left over from before SMTP', '2025-03-01T10:00:00Z');
    for (const read of [
      () => listDevMail(smtpCtx, { limit: 10 }),
      () => getDevMail(smtpCtx, crypto.randomUUID()),
    ]) {
      const failure = await read().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(ProblemError);
      expect(failure).toMatchObject({ status: 404, code: 'not_found' });
    }
  });
});
