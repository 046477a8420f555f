import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/database.ts';
import {
  type AuditEventSummary,
  decodeAuditCursor,
  encodeAuditCursor,
  ListAuditEventsQuery,
} from '../../../shared/audit.ts';
import { auditEvents } from './audit-tables.ts';
import { sampleAuditEvent, testAuditKey } from './audit-test-support.ts';
import { createAuditLog } from './create-audit-log.ts';
import { listAuditEvents } from './list-audit-events.ts';

const database = await createTestDatabase();
const { db } = database.engine;
afterAll(() => database.drop());

const alice = randomUUID();
const bob = randomUUID();
const patientA = randomUUID();
const patientB = randomUUID();

type StoredEvent = {
  seq: number;
  id: string;
  at: Date;
  actorId: string | null;
  patientId: string | null;
  action: string;
};
let stored: StoredEvent[] = [];

beforeAll(async () => {
  const audit = createAuditLog(testAuditKey);
  for (let index = 0; index < 40; index++) {
    await audit.record(
      db,
      sampleAuditEvent({
        actorId: index % 4 === 3 ? null : index % 2 === 0 ? alice : bob,
        patientId: index % 3 === 0 ? patientA : index % 3 === 1 ? patientB : null,
        action: index % 5 === 0 ? 'auth.login' : 'patients.read',
      }),
    );
  }
  stored = await db
    .select({
      seq: auditEvents.seq,
      id: auditEvents.id,
      at: auditEvents.at,
      actorId: auditEvents.actorId,
      patientId: auditEvents.patientId,
      action: auditEvents.action,
    })
    .from(auditEvents)
    .orderBy(asc(auditEvents.seq));
});

const query = (input: Record<string, unknown> = {}) => ListAuditEventsQuery.parse(input);

/** Every page, following nextCursor to the end. */
async function listAll(input: Record<string, unknown>): Promise<AuditEventSummary[]> {
  const items: AuditEventSummary[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listAuditEvents(db, query({ ...input, ...(cursor ? { cursor } : {}) }));
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

const newestFirstIds = (events: StoredEvent[]) => [...events].reverse().map((event) => event.id);

describe('listing audit events', () => {
  it('answers newest first with the summary fields only', async () => {
    const page = await listAuditEvents(db, query({ limit: 3 }));
    expect(page.items.map((item) => item.id)).toEqual(newestFirstIds(stored).slice(0, 3));
    expect(Object.keys(page.items[0] ?? {}).sort()).toEqual(
      [
        'action',
        'actorId',
        'actorName',
        'actorRole',
        'at',
        'entity',
        'entityId',
        'id',
        'ip',
        'outcome',
        'patientId',
        'patientName',
      ].sort(),
    );
    expect(page.items[0]?.at).toBe(stored.at(-1)?.at.toISOString());
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('pages through every event exactly once, and says when there are no more', async () => {
    const all = await listAll({ limit: 7 });
    expect(all.map((item) => item.id)).toEqual(newestFirstIds(stored));
    const lastPage = await listAuditEvents(db, query({ limit: 40 }));
    expect(lastPage.items).toHaveLength(40);
    expect(lastPage.nextCursor).toBeNull();
  });

  it('takes 50 by default', async () => {
    expect(query().limit).toBe(50);
    const page = await listAuditEvents(db, query());
    expect(page.items).toHaveLength(40);
  });

  it('filters by actor, patient and action, alone and together', async () => {
    const cases: [Record<string, unknown>, (event: StoredEvent) => boolean][] = [
      [{ actorId: alice }, (event) => event.actorId === alice],
      [{ patientId: patientB }, (event) => event.patientId === patientB],
      [{ action: 'auth.login' }, (event) => event.action === 'auth.login'],
      [
        { actorId: bob, patientId: patientA, action: 'patients.read' },
        (event) => event.actorId === bob && event.patientId === patientA && event.action === 'patients.read',
      ],
      [{ actorId: randomUUID() }, () => false],
    ];
    for (const [filter, matches] of cases) {
      const items = await listAll({ ...filter, limit: 4 });
      expect(
        items.map((item) => item.id),
        JSON.stringify(filter),
      ).toEqual(newestFirstIds(stored.filter(matches)));
    }
  });

  it('filters by time, from inclusive to exclusive', async () => {
    const from = stored[10]?.at ?? new Date();
    const to = stored[30]?.at ?? new Date();
    const items = await listAll({ from: from.toISOString(), to: to.toISOString(), limit: 6 });
    expect(items.map((item) => item.id)).toEqual(
      newestFirstIds(stored.filter((event) => event.at >= from && event.at < to)),
    );
    expect(items.length).toBeGreaterThan(0);
  });
});

describe('the list query', () => {
  it('round-trips cursors and refuses any other value', () => {
    for (const seq of [1, 9, 12_345, Number.MAX_SAFE_INTEGER]) {
      expect(decodeAuditCursor(encodeAuditCursor(seq))).toBe(seq);
    }
    for (const cursor of [
      '',
      'abc',
      'MA',
      '!!!!',
      encodeAuditCursor(1).padEnd(30, 'A'),
      btoa('1.5'),
      btoa('-3'),
    ]) {
      expect(decodeAuditCursor(cursor), cursor).toBeUndefined();
    }
  });

  it('refuses values out of bounds, malformed ids, unknown fields and an empty range', () => {
    const invalid: Record<string, unknown>[] = [
      { limit: '0' },
      { limit: '201' },
      { limit: 'ten' },
      { actorId: 'not-a-uuid' },
      { patientId: '42' },
      { from: 'yesterday' },
      { from: '2025-01-02T00:00:00Z', to: '2025-01-01T00:00:00Z' },
      { cursor: 'not a cursor' },
      { action: '' },
      { sort: 'asc' },
    ];
    for (const input of invalid) {
      expect(ListAuditEventsQuery.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
    expect(ListAuditEventsQuery.parse({ limit: '200', from: '2025-01-01T00:00:00+01:00' })).toMatchObject({
      limit: 200,
    });
  });
});
