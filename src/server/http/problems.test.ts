import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { authHeader } from '../../../test/auth.ts';
import { clinicSettingsInput } from '../../../test/factories/clinic.ts';
import { registerErrorHandler } from './error-handler.ts';

const { app } = await createTestApp();
const admin = await authHeader(app, 'admin');

describe('problem+json answers', () => {
  it('answers malformed JSON with 400 invalid_json', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/api/v1/clinic',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: '{"name": "unterminated',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 400, code: 'invalid_json', title: 'Bad Request' });
  });

  it('answers an empty JSON body and a missing body with 400', async () => {
    const empty = await app.inject({
      method: 'PUT',
      url: '/api/v1/clinic',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).toBe(400);
    const missing = await app.inject({ method: 'PUT', url: '/api/v1/clinic', headers: admin });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('validation_failed');
  });

  it('answers a non-JSON content type with 415', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/api/v1/clinic',
      headers: { ...admin, 'content-type': 'text/xml' },
      payload: '<clinic/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it('answers an unknown API path with a 404 problem, not the web app', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('tags every response with a request id, keeping a sane one the caller sent', async () => {
    const generated = await app.inject({ method: 'GET', url: '/healthz' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'desk-42-abcdef' },
    });
    expect(given.headers['x-request-id']).toBe('desk-42-abcdef');
    const hostile = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'a\nb' } });
    expect(hostile.headers['x-request-id']).not.toContain('\n');
  });

  it('answers an unexpected error with a bare 500 and logs it with the request id only', async () => {
    const lines: string[] = [];
    const bare = Fastify({
      logger: { level: 'error', stream: { write: (line: string) => lines.push(line) } },
    });
    registerErrorHandler(bare);
    bare.get('/boom', async () => {
      throw new Error('duplicate key value: patient maria@example.com');
    });
    const response = await bare.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      type: 'https://topsmile.dev/problems/internal-error',
      title: 'Internal Server Error',
      status: 500,
      code: 'internal_error',
      detail: 'Something went wrong on our side.',
    });
    expect(lines.join('')).toContain('"reqId"');
    expect(lines.join('')).not.toContain('maria@example.com');
    await bare.close();
  });
});

describe('values the database refuses', () => {
  it('answer 422, not 500', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/api/v1/clinic',
      headers: admin,
      payload: { ...clinicSettingsInput(), name: 'Smiles\u0000Dental' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('validation_failed');
  });
});
