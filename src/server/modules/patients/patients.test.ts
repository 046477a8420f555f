import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader, logInUser } from '../../../../test/auth.ts';
import { clinicSettingsInput } from '../../../../test/factories/clinic.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { createTestUser } from '../../../../test/factories/users.ts';
import { auditEvents } from '../audit/audit-tables.ts';

const { app, ctx } = await createTestApp();
const admin = await authHeader(app, 'admin');
const staff = await authHeader(app, 'staff');
await app.inject({
  method: 'PUT',
  url: '/api/v1/clinic',
  headers: admin,
  payload: clinicSettingsInput({ locale: 'pt-BR', country: 'BR' }),
});

function createPatient(payload: object, headers = staff) {
  return app.inject({ method: 'POST', url: '/api/v1/patients', headers, payload });
}

describe('registering a patient', () => {
  it('stores phones as E.164 from any common format and answers an ETag', async () => {
    const response = await createPatient({
      firstName: 'João',
      lastName: 'Conceição',
      dateOfBirth: '1979-11-30',
      phone: '(11) 91234-5678',
      email: 'Joao.C@Example.test',
      emergencyContact: { name: 'Ana', relationship: 'wife', phone: '11 3333-4444' },
      insurance: [{ priority: 'primary', carrier: 'Amil', memberId: 'A-123' }],
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      phone: '+5511912345678',
      email: 'joao.c@example.test',
      emergencyContact: { phone: '+551133334444' },
      insurance: [{ priority: 'primary', carrier: 'Amil', subscriberRelationship: 'self' }],
      archived: false,
      alerts: [],
      version: 1,
    });
  });

  it('reports invalid phone, email and date with field paths', async () => {
    const phone = await createPatient({
      firstName: 'A',
      lastName: 'B',
      dateOfBirth: '1990-01-01',
      phone: '123',
    });
    expect(phone.statusCode).toBe(422);
    expect(phone.json().errors).toEqual([expect.objectContaining({ path: 'phone' })]);
    const fields = await createPatient({
      firstName: '',
      lastName: 'B',
      dateOfBirth: '1990-02-30',
      email: 'nope',
    });
    expect([400, 422]).toContain(fields.statusCode);
    const paths = fields.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['firstName', 'dateOfBirth', 'email']));
    const unknown = await createPatient({
      firstName: 'A',
      lastName: 'B',
      dateOfBirth: '1990-01-01',
      ssn: '1',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('refuses a date of birth in the future with 422, on create and on update', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const created = await createPatient({ firstName: 'A', lastName: 'B', dateOfBirth: future });
    expect(created.statusCode).toBe(422);
    expect(created.json().errors).toEqual([expect.objectContaining({ path: 'dateOfBirth' })]);
    const patient = await createTestPatient(ctx);
    const updated = await app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${patient.id}`,
      headers: staff,
      payload: { dateOfBirth: future },
    });
    expect(updated.statusCode).toBe(422);
    expect(updated.json().errors).toEqual([expect.objectContaining({ path: 'dateOfBirth' })]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await createPatient({ firstName: 'New', lastName: 'Born', dateOfBirth: today })).statusCode).toBe(
      201,
    );
  });

  it('warns about a probable duplicate (ignoring case and accents) until confirmed', async () => {
    await createPatient({ firstName: 'Marília', lastName: 'Gonçalves', dateOfBirth: '1988-04-12' });
    const again = await createPatient({
      firstName: 'marilia',
      lastName: 'GONCALVES',
      dateOfBirth: '1988-04-12',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'possible_duplicate',
      candidates: [{ lastName: 'Gonçalves' }],
    });
    const confirmed = await createPatient({
      firstName: 'marilia',
      lastName: 'GONCALVES',
      dateOfBirth: '1988-04-12',
      confirmNotDuplicate: true,
    });
    expect(confirmed.statusCode).toBe(201);
  });

  it('flags the same phone as a possible duplicate', async () => {
    await createPatient({
      firstName: 'Pedro',
      lastName: 'Alves',
      dateOfBirth: '1970-01-01',
      phone: '+55 21 99876-5432',
    });
    const sibling = await createPatient({
      firstName: 'Paula',
      lastName: 'Alves',
      dateOfBirth: '2001-01-01',
      phone: '21998765432',
    });
    expect(sibling.statusCode).toBe(409);
  });
});

describe('editing a patient', () => {
  it('refuses a stale If-Match with 412 and accepts the current one', async () => {
    const created = (
      await createPatient({ firstName: 'Rita', lastName: 'Lee', dateOfBirth: '1947-12-31' })
    ).json();
    const first = await app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${created.id}`,
      headers: { ...staff, 'if-match': '"1"' },
      payload: { notes: 'Prefers mornings' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${created.id}`,
      headers: { ...staff, 'if-match': '"1"' },
      payload: { notes: 'Overwrites the other edit' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'precondition_failed', currentVersion: 2 });
    const read = await app.inject({ method: 'GET', url: `/api/v1/patients/${created.id}`, headers: staff });
    expect(read.json().notes).toBe('Prefers mornings');
    expect(read.headers.etag).toBe('"2"');
    const malformed = await app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${created.id}`,
      headers: { ...staff, 'if-match': 'yesterday' },
      payload: { notes: 'x' },
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('archives (admin and manager only) and brings back', async () => {
    const created = (
      await createPatient({ firstName: 'Zé', lastName: 'Archivable', dateOfBirth: '1960-06-06' })
    ).json();
    const byStaff = await app.inject({
      method: 'POST',
      url: `/api/v1/patients/${created.id}/archive`,
      headers: staff,
    });
    expect(byStaff.statusCode).toBe(403);
    const manager = await authHeader(app, 'manager');
    const archived = await app.inject({
      method: 'POST',
      url: `/api/v1/patients/${created.id}/archive`,
      headers: manager,
    });
    expect(archived.json().archived).toBe(true);
    const search = await app.inject({ method: 'GET', url: '/api/v1/patients?q=archivable', headers: staff });
    expect(search.json().items).toEqual([]);
    const withArchived = await app.inject({
      method: 'GET',
      url: '/api/v1/patients?q=archivable&includeArchived=true',
      headers: staff,
    });
    expect(withArchived.json().items).toHaveLength(1);
    const back = await app.inject({
      method: 'POST',
      url: `/api/v1/patients/${created.id}/unarchive`,
      headers: manager,
    });
    expect(back.json().archived).toBe(false);
  });
});

describe('patients reaching their own records', () => {
  it('read and edit their contact details, and get 404 for anyone else', async () => {
    const user = await createTestUser(ctx, { role: 'patient' });
    const session = await logInUser(app, user);
    const other = await createTestPatient(ctx);
    const own = await app.inject({
      method: 'GET',
      url: `/api/v1/patients/${user.patientId}`,
      headers: session.headers,
    });
    expect(own.statusCode).toBe(200);
    const foreign = await app.inject({
      method: 'GET',
      url: `/api/v1/patients/${other.id}`,
      headers: session.headers,
    });
    expect(foreign.statusCode).toBe(404);
    const missing = await app.inject({
      method: 'GET',
      url: '/api/v1/patients/00000000-0000-4000-8000-000000000000',
      headers: session.headers,
    });
    expect(foreign.json()).toEqual(missing.json());

    const contact = await app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${user.patientId}`,
      headers: session.headers,
      payload: { phone: '11 98888-7777', preferredContact: 'sms' },
    });
    expect(contact.statusCode).toBe(200);
    expect(contact.json().updatedBy).toBe(user.id);
    const name = await app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${user.patientId}`,
      headers: session.headers,
      payload: { lastName: 'Changed' },
    });
    expect(name.statusCode).toBe(403);
    expect(name.json().errors).toEqual([{ path: 'lastName', message: 'Not editable by the patient' }]);
    const search = await app.inject({
      method: 'GET',
      url: '/api/v1/patients?q=test',
      headers: session.headers,
    });
    expect(search.statusCode).toBe(403);
  });

  it('a guardian reaches their minor dependants, not adult ones or others', async () => {
    const guardian = await createTestUser(ctx, { role: 'patient' });
    const session = await logInUser(app, guardian);
    const child = await createTestPatient(ctx, {
      guardianPatientId: guardian.patientId,
      dateOfBirth: '2018-05-01',
    });
    const adult = await createTestPatient(ctx, {
      guardianPatientId: guardian.patientId,
      dateOfBirth: '1990-05-01',
    });
    const childRead = await app.inject({
      method: 'GET',
      url: `/api/v1/patients/${child.id}`,
      headers: session.headers,
    });
    expect(childRead.statusCode).toBe(200);
    const adultRead = await app.inject({
      method: 'GET',
      url: `/api/v1/patients/${adult.id}`,
      headers: session.headers,
    });
    expect(adultRead.statusCode).toBe(404);
  });
});

describe('search as you type', () => {
  it('finds partial, misspelt and unaccented names, phone digits in any format, email and birth dates', async () => {
    const target = (
      await createPatient({
        firstName: 'Beatriz',
        lastName: 'Magalhães',
        dateOfBirth: '1985-03-02',
        phone: '+55 11 97654-3210',
        email: 'bia.magalhaes@example.test',
      })
    ).json();
    await createPatient({ firstName: 'Bernardo', lastName: 'Souza', dateOfBirth: '1999-09-09' });
    const cases = [
      'magal',
      'Magalhaes',
      'magalhes',
      'beatris magalhaes',
      '97654',
      '(11) 97654-3210',
      'bia.mag',
      '1985-03-02',
      '02/03/1985',
    ];
    for (const q of cases) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/patients?q=${encodeURIComponent(q)}`,
        headers: staff,
      });
      expect(response.statusCode, q).toBe(200);
      expect(response.json().items[0]?.id, q).toBe(target.id);
    }
  });

  it('ranks prefix matches before fuzzy ones, fills with fuzzy only below the limit, and shows alerts', async () => {
    const spelledAsTyped = await createTestPatient(ctx, { firstName: 'Irene', lastName: 'Fereirinha' });
    const misspelt = await createTestPatient(ctx, { firstName: 'Otávio', lastName: 'Ferreirinha' });
    const history = await app.inject({
      method: 'PUT',
      url: `/api/v1/patients/${misspelt.id}/medical-history`,
      headers: { ...staff, 'if-match': '"0"' },
      payload: {
        allergies: [{ substance: 'Latex', reaction: null, severity: 'severe' }],
        medications: [],
        conditions: [],
        alerts: [],
        notes: null,
      },
    });
    expect(history.statusCode).toBe(200);
    const search = async (query: string) =>
      (await app.inject({ method: 'GET', url: `/api/v1/patients?${query}`, headers: staff })).json();

    const both = await search('q=fereirinha');
    expect(both.items.map((item: { id: string }) => item.id)).toEqual([spelledAsTyped.id, misspelt.id]);
    expect(both.items[1].alerts).toEqual([expect.objectContaining({ kind: 'allergy', severity: 'high' })]);
    const prefixEnough = await search('q=fereirinha&limit=1');
    expect(prefixEnough.items.map((item: { id: string }) => item.id)).toEqual([spelledAsTyped.id]);
    const onlyFuzzy = await search('q=ferreirnha');
    expect(onlyFuzzy.items.map((item: { id: string }) => item.id)).toContain(misspelt.id);
  });

  it('finds a misspelt name by its current spelling only, and archived patients only when asked', async () => {
    const search = async (query: string) =>
      (await app.inject({ method: 'GET', url: `/api/v1/patients?${query}`, headers: staff }))
        .json()
        .items.map((item: { id: string }) => item.id);
    const renamed = (
      await createPatient({ firstName: 'Quitéria', lastName: 'Valdomirsky', dateOfBirth: '1971-01-01' })
    ).json();
    expect(await search('q=valdomisky')).toEqual([renamed.id]);
    const rename = await app.inject({
      method: 'PATCH',
      url: `/api/v1/patients/${renamed.id}`,
      headers: { ...staff, 'if-match': '"1"' },
      payload: { lastName: 'Kowalczykowa', preferredName: 'Teca Bernadotte' },
    });
    expect(rename.statusCode).toBe(200);
    expect(await search('q=valdomisky')).toEqual([]);
    expect(await search('q=kowalczkowa')).toEqual([renamed.id]);
    expect((await search('q=bernadote'))[0]).toBe(renamed.id);

    const manager = await authHeader(app, 'manager');
    const archive = await app.inject({
      method: 'POST',
      url: `/api/v1/patients/${renamed.id}/archive`,
      headers: manager,
    });
    expect(archive.statusCode).toBe(200);
    expect(await search('q=kowalczkowa')).toEqual([]);
    expect(await search('q=kowalczkowa&includeArchived=true')).toEqual([renamed.id]);
  });

  it('treats typed wildcards literally and never fails on odd input', async () => {
    for (const q of ['%', '_', '\\', "'; drop table patients; --", 'ção', '+', '   ']) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/patients?q=${encodeURIComponent(q)}`,
        headers: staff,
      });
      expect(response.statusCode, q).toBe(200);
    }
  });

  it('lists alphabetically a page at a time without q', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/v1/patients?limit=2', headers: staff });
    const page = first.json();
    expect(page.items).toHaveLength(2);
    const second = await app.inject({
      method: 'GET',
      url: `/api/v1/patients?limit=2&cursor=${page.nextCursor}`,
      headers: staff,
    });
    const names = [...page.items, ...second.json().items].map((p: { lastName: string }) => p.lastName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || 0));
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/patients?cursor=bogus', headers: staff })).statusCode,
    ).toBe(400);
  });
});

describe('the audit trail of patient data', () => {
  it('records reads, writes and searches with the query and the ids returned', async () => {
    const created = (
      await createPatient({ firstName: 'Auditable', lastName: 'Person', dateOfBirth: '1966-06-16' })
    ).json();
    await app.inject({ method: 'GET', url: `/api/v1/patients/${created.id}`, headers: staff });
    await app.inject({ method: 'GET', url: '/api/v1/patients?q=auditable', headers: staff });
    const events = await ctx.db.select().from(auditEvents);
    const actions = events.filter((event) => event.patientId === created.id).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['patients.create', 'patients.read']));
    const search = events.find(
      (event) => event.action === 'patients.search' && (event.detail as { q?: string })?.q === 'auditable',
    );
    expect(search?.detail).toMatchObject({ ids: [created.id] });
  });
});
