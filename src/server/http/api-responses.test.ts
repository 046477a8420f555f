import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { logInAs } from '../../../test/auth.ts';
import { createTestPatient } from '../../../test/factories/patients.ts';

const { app, ctx } = await createTestApp();
const staff = await logInAs(app, ctx, 'staff');

describe('API answers', () => {
  it('are never kept by a browser or shared cache, errors included', async () => {
    const patient = await createTestPatient(ctx);
    const answers = [
      await app.inject({ method: 'GET', url: `/api/v1/patients/${patient.id}`, headers: staff.headers }),
      await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: staff.headers }),
      await app.inject({ method: 'GET', url: '/api/v1/patients' }),
    ];
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 401]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });
});

describe('the OpenAPI document', () => {
  it('declares bearer JWT authentication and requires it on every route that is not public', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    for (const route of app.declaredRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      if (!operation || !route.access) continue;
      const security = 'public' in route.access ? undefined : [{ bearerAuth: [] }];
      expect(operation.security, `${route.method} ${route.url}`).toEqual(security);
    }
    expect(document.paths['/api/v1/patients'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/api/v1/auth/login'].post.security).toBeUndefined();
  });
});
