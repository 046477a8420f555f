import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { type LoggedIn, logInAs, logInUser } from '../../../../test/auth.ts';
import { clinicSettingsInput } from '../../../../test/factories/clinic.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import {
  createTestAppointmentType,
  createTestProvider,
  setWorkingHours,
} from '../../../../test/factories/scheduling.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { providers } from '../../db/schema.ts';
import { auditEvents } from '../audit/audit-tables.ts';
import { calendarFeedTokens } from './calendar-feed-tables.ts';

// Monday 2 March 2026, 07:00 in New York.
let clock = new Date('2026-03-02T12:00:00Z');
const { app, ctx } = await createTestApp({ publicUrl: 'https://clinic.example/' }, { now: () => clock });
const admin = await logInAs(app, ctx, 'admin');
const manager = await logInAs(app, ctx, 'manager');
const staff = await logInAs(app, ctx, 'staff');
const patientLogin = await logInAs(app, ctx, 'patient');
const unknownId = '00000000-0000-4000-8000-000000000000';

await app.inject({
  method: 'PUT',
  url: '/api/v1/clinic',
  headers: admin.headers,
  payload: clinicSettingsInput({ timeZone: 'America/New_York', country: 'US' }),
});

async function providerWithLogin(): Promise<{ providerId: string; name: string; login: LoggedIn }> {
  const user = await createTestUser(ctx, { role: 'provider' });
  const provider = await createTestProvider(ctx, { userId: user.id });
  await setWorkingHours(
    ctx,
    provider.id,
    ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  );
  return { providerId: provider.id, name: provider.name, login: await logInUser(app, user) };
}

const dentist = await providerWithLogin();
const colleague = await providerWithLogin();
const cleaning = await createTestAppointmentType(ctx, { name: 'Cleaning', durationMinutes: 30 });
const maria = await createTestPatient(ctx, {
  firstName: 'Maria',
  lastName: 'Silvaneta',
  email: 'maria.silvaneta@example.test',
  phone: '+5511987654321',
  notes: 'Afraid of needles',
});
const joao = await createTestPatient(ctx, {
  firstName: 'João',
  lastName: "d'Ávila",
  email: 'joao@example.test',
});

const feedUrl = (providerId: string) => `/api/v1/providers/${providerId}/calendar-feed`;

function issue(providerId: string, login: LoggedIn) {
  return app.inject({ method: 'POST', url: feedUrl(providerId), headers: login.headers });
}

/** Issues a feed and answers the path (with its token) that a calendar app would fetch. */
async function issuedFeedPath(providerId: string, login: LoggedIn = admin): Promise<string> {
  const response = await issue(providerId, login);
  expect(response.statusCode, response.body).toBe(201);
  const url = new URL(response.json().url);
  return `${url.pathname}${url.search}`;
}

function fetchFeed(path: string) {
  return app.inject({ method: 'GET', url: path });
}

async function book(providerId: string, patientId: string, start: string): Promise<{ id: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: staff.headers,
    payload: { patientId, providerId, appointmentTypeId: cleaning.id, start },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

type ParsedEvent = { uid: string; start: string; end: string; summary: string; status: string };

function parseFeed(body: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      summary: event.summary,
      status: String(vevent.getFirstPropertyValue('status')),
    };
  });
  return { calendar, events };
}

// Booked once for the whole file: Tuesday and Wednesday visits, one confirmed, one cancelled,
// and one with another provider that must never show up.
const tuesday = await book(dentist.providerId, maria.id, '2026-03-03T10:00:00-05:00');
const wednesday = await book(dentist.providerId, joao.id, '2026-03-04T11:00:00-05:00');
const confirmed = await app.inject({
  method: 'POST',
  url: `/api/v1/appointments/${wednesday.id}/status`,
  headers: staff.headers,
  payload: { status: 'confirmed' },
});
expect(confirmed.statusCode).toBe(200);
const cancelled = await book(dentist.providerId, maria.id, '2026-03-05T09:00:00-05:00');
await app.inject({
  method: 'POST',
  url: `/api/v1/appointments/${cancelled.id}/cancel`,
  headers: staff.headers,
  payload: {},
});
const elsewhere = await book(colleague.providerId, maria.id, '2026-03-06T09:00:00-05:00');

describe('issuing a calendar feed', () => {
  it('answers a URL under the public address once, and afterwards only whether it is live', async () => {
    const before = await app.inject({
      method: 'GET',
      url: feedUrl(dentist.providerId),
      headers: admin.headers,
    });
    expect(before.json()).toEqual({ active: false, createdAt: null });
    const response = await issue(dentist.providerId, dentist.login);
    expect(response.statusCode).toBe(201);
    const { url, createdAt } = response.json();
    expect(url).toMatch(
      new RegExp(
        `^https://clinic\\.example/api/v1/providers/${dentist.providerId}/calendar\\.ics\\?token=[A-Za-z0-9_-]{43}$`,
      ),
    );
    expect(createdAt).toBe(clock.toISOString());
    const token = new URL(url).searchParams.get('token') ?? '';
    const status = await app.inject({
      method: 'GET',
      url: feedUrl(dentist.providerId),
      headers: dentist.login.headers,
    });
    expect(status.json()).toEqual({ active: true, createdAt });
    expect(status.body).not.toContain(token);
    // Only the hash is stored.
    const rows = await ctx.db
      .select()
      .from(calendarFeedTokens)
      .where(eq(calendarFeedTokens.providerId, dentist.providerId));
    expect(JSON.stringify(rows)).not.toContain(token);
    const [issued] = await ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'calendar_feed.issue'), eq(auditEvents.entityId, dentist.providerId)),
      );
    expect(issued).toMatchObject({ actorId: dentist.login.user.id, outcome: 'success' });
    expect(JSON.stringify(issued)).not.toContain(token);
  });

  it('is allowed to admins, managers and the provider themself only', async () => {
    const target = await providerWithLogin();
    expect((await issue(target.providerId, admin)).statusCode).toBe(201);
    expect((await issue(target.providerId, manager)).statusCode).toBe(201);
    expect((await issue(target.providerId, target.login)).statusCode).toBe(201);
    for (const outsider of [colleague.login, staff, patientLogin]) {
      for (const method of ['GET', 'POST', 'DELETE'] as const) {
        const response = await app.inject({
          method,
          url: feedUrl(target.providerId),
          headers: outsider.headers,
        });
        expect(response.statusCode, `${outsider.user.role} ${method}`).toBe(403);
      }
    }
    expect((await app.inject({ method: 'POST', url: feedUrl(target.providerId) })).statusCode).toBe(401);
    expect((await issue(unknownId, admin)).statusCode).toBe(404);
    const denied = await ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'calendar_feed.issue'), eq(auditEvents.actorId, colleague.login.user.id)),
      );
    expect(denied).toContainEqual(
      expect.objectContaining({ outcome: 'denied', entityId: target.providerId }),
    );
  });
});

describe('the feed', () => {
  it('is RFC 5545 text with one event per appointment still taking time, patients by initials', async () => {
    const path = await issuedFeedPath(dentist.providerId);
    const response = await fetchFeed(path);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const { calendar, events } = parseFeed(response.body);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/TopSmile/);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(dentist.name);
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT15M');
    expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT15M');

    expect(events).toEqual([
      {
        uid: `${tuesday.id}@topsmile`,
        start: '2026-03-03T15:00:00.000Z',
        end: '2026-03-03T15:30:00.000Z',
        summary: 'Cleaning — M.S.',
        status: 'TENTATIVE',
      },
      {
        uid: `${wednesday.id}@topsmile`,
        start: '2026-03-04T16:00:00.000Z',
        end: '2026-03-04T16:30:00.000Z',
        summary: 'Cleaning — J.D.',
        status: 'CONFIRMED',
      },
    ]);
    const [, confirmedEvent] = calendar.getAllSubcomponents('vevent');
    // Confirming bumped the appointment to version 2.
    expect(confirmedEvent?.getFirstPropertyValue('sequence')).toBe(1);
    expect(confirmedEvent?.getFirstPropertyValue('last-modified')).toBeTruthy();

    for (const secret of [
      'Silvaneta',
      "d'Ávila",
      'Maria',
      'maria.silvaneta@example.test',
      'joao@example.test',
      '987654321',
      'needles',
      cancelled.id,
      elsewhere.id,
    ]) {
      expect(response.body, secret).not.toContain(secret);
    }
  });

  it('keeps each appointment’s UID across fetches, and records every fetch without an actor', async () => {
    const path = await issuedFeedPath(dentist.providerId);
    const first = parseFeed((await fetchFeed(path)).body).events.map((event) => event.uid);
    const second = parseFeed((await fetchFeed(path)).body).events.map((event) => event.uid);
    expect(second).toEqual(first);
    const reads = await ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'calendar_feed.read'),
          eq(auditEvents.entityId, dentist.providerId),
          eq(auditEvents.outcome, 'success'),
        ),
      );
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.at(-1)).toMatchObject({ actorId: null, actorRole: null, entity: 'provider' });
    expect(reads.at(-1)?.detail).toMatchObject({ count: 2, patientIds: [maria.id, joao.id] });
  });

  it('covers 30 days back to 180 days ahead', async () => {
    const path = await issuedFeedPath(dentist.providerId);
    const saved = clock;
    try {
      // 31 days later, Tuesday's visit has left the window and Wednesday's has not.
      clock = new Date('2026-04-03T15:10:00Z');
      expect(parseFeed((await fetchFeed(path)).body).events.map((event) => event.uid)).toEqual([
        `${wednesday.id}@topsmile`,
      ]);
      // More than 180 days before, nothing is in it yet.
      clock = new Date('2025-09-01T12:00:00Z');
      expect(parseFeed((await fetchFeed(path)).body).events).toEqual([]);
    } finally {
      clock = saved;
    }
  });
});

describe('feed tokens', () => {
  async function notFoundBody(path: string) {
    const response = await fetchFeed(path);
    expect(response.statusCode, path).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    return response.json();
  }

  it('answer the same 404 for a wrong token, another provider’s token and an unknown provider', async () => {
    const dentistPath = await issuedFeedPath(dentist.providerId);
    const colleaguePath = await issuedFeedPath(colleague.providerId);
    const colleagueToken = new URL(colleaguePath, 'http://x').searchParams.get('token') ?? '';
    const dentistToken = new URL(dentistPath, 'http://x').searchParams.get('token') ?? '';
    const saved = clock;
    // A minute apart: the failed attempts of one address are audited once a minute.
    const ics = (providerId: string, token: string) => {
      clock = new Date(clock.getTime() + 61_000);
      return `/api/v1/providers/${providerId}/calendar.ics?token=${encodeURIComponent(token)}`;
    };
    const bodies = [
      await notFoundBody(ics(dentist.providerId, 'not-the-token')),
      await notFoundBody(ics(dentist.providerId, colleagueToken)),
      await notFoundBody(ics(unknownId, dentistToken)),
      await notFoundBody(ics(unknownId, 'not-the-token')),
    ];
    clock = saved;
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(bodies[0]).toMatchObject({ status: 404, code: 'not_found' });
    expect((await fetchFeed(`/api/v1/providers/${dentist.providerId}/calendar.ics`)).statusCode).toBe(400);
    const failures = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'calendar_feed.read'), eq(auditEvents.outcome, 'failure')));
    expect(failures.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(failures)).not.toContain(colleagueToken);
  });

  it('stop working when revoked, and revoking twice is harmless', async () => {
    const path = await issuedFeedPath(dentist.providerId);
    expect((await fetchFeed(path)).statusCode).toBe(200);
    for (let attempt = 0; attempt < 2; attempt++) {
      const revoked = await app.inject({
        method: 'DELETE',
        url: feedUrl(dentist.providerId),
        headers: dentist.login.headers,
      });
      expect(revoked.statusCode).toBe(204);
    }
    await notFoundBody(path);
    const status = await app.inject({
      method: 'GET',
      url: feedUrl(dentist.providerId),
      headers: manager.headers,
    });
    expect(status.json()).toEqual({ active: false, createdAt: null });
  });

  it('are replaced by a new one: only the latest works, and only one is live in the table', async () => {
    const old = await issuedFeedPath(dentist.providerId);
    const current = await issuedFeedPath(dentist.providerId, dentist.login);
    await notFoundBody(old);
    expect((await fetchFeed(current)).statusCode).toBe(200);
    const live = (
      await ctx.db
        .select()
        .from(calendarFeedTokens)
        .where(eq(calendarFeedTokens.providerId, dentist.providerId))
    ).filter((row) => row.revokedAt === null);
    expect(live).toHaveLength(1);
  });

  it('serialize concurrent issues: exactly one of the answered URLs keeps working', async () => {
    const target = await providerWithLogin();
    const responses = await Promise.all(Array.from({ length: 8 }, () => issue(target.providerId, admin)));
    expect(responses.map((response) => response.statusCode)).toEqual(Array(8).fill(201));
    const working = [];
    for (const response of responses) {
      const url = new URL(response.json().url);
      if ((await fetchFeed(`${url.pathname}${url.search}`)).statusCode === 200) working.push(url);
    }
    expect(working).toHaveLength(1);
  });

  it('stop serving a provider made inactive', async () => {
    const leaving = await providerWithLogin();
    const path = await issuedFeedPath(leaving.providerId);
    expect((await fetchFeed(path)).statusCode).toBe(200);
    await ctx.db.update(providers).set({ active: false }).where(eq(providers.id, leaving.providerId));
    await notFoundBody(path);
  });

  it('stop serving a provider whose user account is deactivated, at once', async () => {
    const leaving = await providerWithLogin();
    const path = await issuedFeedPath(leaving.providerId);
    expect((await fetchFeed(path)).statusCode).toBe(200);
    const deactivated = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${leaving.login.user.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(deactivated.statusCode).toBe(200);
    await notFoundBody(path);
  });

  it('audit a burst of bad tokens from one address once a minute, not once per attempt', async () => {
    const probe = (n: number) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/providers/${dentist.providerId}/calendar.ics?token=guess-${n}`,
        remoteAddress: '10.44.0.1',
      });
    const failuresFromProber = async () =>
      (
        await ctx.db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.action, 'calendar_feed.read'), eq(auditEvents.ip, '10.44.0.1')))
      ).length;
    for (let n = 0; n < 10; n++) expect((await probe(n)).statusCode).toBe(404);
    expect(await failuresFromProber()).toBe(1);
    const saved = clock;
    try {
      clock = new Date(clock.getTime() + 61_000);
      expect((await probe(10)).statusCode).toBe(404);
      expect(await failuresFromProber()).toBe(2);
    } finally {
      clock = saved;
    }
  });
});
