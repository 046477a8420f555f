import { parse } from 'csv-parse/sync';
import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logInAs } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { auditExportLimit } from '../../../shared/audit.ts';
import { auditEvents } from './audit-tables.ts';
import { sampleAuditEvent, tamperAsOwner } from './audit-test-support.ts';

const { app, ctx, database } = await createTestApp();
const adminLogin = await logInAs(app, ctx, 'admin');

function exportCsv(query: string, accept = 'text/csv') {
  return app.inject({
    method: 'GET',
    url: `/api/v1/audit-events${query}`,
    headers: { ...adminLogin.headers, accept },
  });
}

const header = [
  'id',
  'at',
  'actorId',
  'actorName',
  'actorRole',
  'action',
  'entity',
  'entityId',
  'patientId',
  'patientName',
  'ip',
  'outcome',
];

describe('GET /api/v1/audit-events as text/csv', () => {
  it('exports every filtered event as RFC 4180 CSV, names quoted as needed and formulas defused', async () => {
    const reader = await createTestUser(ctx, { name: 'Souza, "Bia" Magalhães' });
    const patient = await createTestPatient(ctx, { firstName: '=HYPERLINK("x")', lastName: 'Line\nBreak' });
    for (let index = 0; index < 3; index++) {
      await ctx.audit.record(
        ctx.db,
        sampleAuditEvent({
          action: 'csv.test',
          actorId: reader.id,
          patientId: patient.id,
          detail: { index },
        }),
      );
    }
    await ctx.audit.record(ctx.db, sampleAuditEvent({ action: 'csv.other', actorId: reader.id }));
    const json = (await exportCsv('?action=csv.test', 'application/json')).json();

    const response = await exportCsv('?action=csv.test&limit=1');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toBe('attachment; filename="audit-events.csv"');
    expect(response.headers.vary).toContain('accept');
    expect(response.headers['cache-control']).toBe('no-store');
    const text = response.body;
    expect(text.startsWith('\uFEFFid,at,actorId,actorName,')).toBe(true);
    // Every record ends in CRLF; the line break inside the quoted name stays as typed.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Souza, ""Bia"" Magalhães"');

    const rows: string[][] = parse(text, { bom: true, record_delimiter: '\r\n' });
    expect(rows[0]).toEqual(header);
    // `limit` is for pages: the export holds all three, newest first, as the list orders them.
    expect(rows.slice(1).map((row) => row[0])).toEqual(json.items.map((item: { id: string }) => item.id));
    expect(rows.slice(1)).toHaveLength(3);
    expect(rows[1]).toEqual([
      json.items[0].id,
      json.items[0].at,
      reader.id,
      'Souza, "Bia" Magalhães',
      'staff',
      'csv.test',
      'patient',
      json.items[0].entityId,
      patient.id,
      `'=HYPERLINK("x") Line\nBreak`,
      '192.0.2.10',
      'success',
    ]);
  });

  it('answers CSV only when asked for it before JSON', async () => {
    const cases: [string, string][] = [
      ['text/csv', 'text/csv'],
      ['text/csv, application/problem+json', 'text/csv'],
      ['application/json;q=0.5, text/csv', 'text/csv'],
      ['text/csv;q=0.2, application/json', 'application/json'],
      ['*/*', 'application/json'],
      ['text/csv;q=0', 'application/json'],
    ];
    for (const [accept, type] of cases) {
      const response = await exportCsv('?action=csv.none', accept);
      expect(response.statusCode, accept).toBe(200);
      expect(response.headers['content-type'], accept).toContain(type);
    }
  });

  it('records each export with its filters and count', async () => {
    const patient = await createTestPatient(ctx);
    await exportCsv(`?patientId=${patient.id}`);
    const [recorded] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'audit.export'), eq(auditEvents.patientId, patient.id)))
      .orderBy(desc(auditEvents.seq));
    expect(recorded).toMatchObject({
      actorId: adminLogin.user.id,
      entity: 'audit_event',
      outcome: 'success',
      detail: { filters: { patientId: patient.id }, count: 0 },
    });
  });

  it('refuses, with a problem that says why, an export past the limit, and takes a narrower one', async () => {
    // As many events as the limit plus one, written in one statement behind the chain's back:
    // the export reads rows and does not care whether they verify.
    await tamperAsOwner(
      database.engine,
      `INSERT INTO audit_events (seq, at, action, entity, outcome, prev_mac, mac)
       SELECT head.last_seq + n, timestamptz '2020-01-01' + n * interval '1 second', 'bulk.test', 'test',
              'success', 'x', 'x'
       FROM audit_chain_head head, generate_series(1, ${auditExportLimit + 1}) AS n;
       UPDATE audit_chain_head SET last_seq = last_seq + ${auditExportLimit + 1}`,
    );
    const refused = await exportCsv('?action=bulk.test');
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      code: 'export_too_large',
      limit: auditExportLimit,
      detail: expect.stringContaining('narrow the filters'),
    });
    const [recorded] = await ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'audit.export'))
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    expect(recorded).toMatchObject({
      outcome: 'failure',
      detail: { filters: { action: 'bulk.test' }, reason: 'too_many_events', limit: auditExportLimit },
    });

    const narrower = await exportCsv('?action=bulk.test&from=2020-01-01T00:00:00Z&to=2020-01-01T01:00:00Z');
    expect(narrower.statusCode).toBe(200);
    // The first hour: events 1 to 3599 (from is inclusive, to exclusive), plus the header.
    expect(parse(narrower.body, { bom: true })).toHaveLength(3600);
  });
});
