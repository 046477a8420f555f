import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './app.ts';

const { app } = await createTestApp();

const knownPaths = [
  ...new Set(app.declaredRoutes.map((route) => route.url).filter((url) => !url.includes('*'))),
  '/',
  '/settings/clinic',
  '/api',
  '/api/v1',
  '/api/v1/clinic/extra',
];

const jsonValue = fc.jsonValue({ maxDepth: 4 });
const payload = fc.oneof(
  fc.string(),
  jsonValue.map((value) => JSON.stringify(value)),
  fc.constantFrom('{', '[]', 'null', '"x"', '{"bookingPolicy":null}', '\u0000', '{"name":"a"}'),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  '',
);

describe('no request can make the server fail', () => {
  it('answers arbitrary methods, paths, headers and bodies with less than 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
        fc.oneof(
          fc.constantFrom(...knownPaths),
          fc.webPath().map((path) => (path.startsWith('/') ? path : `/${path}`)),
        ),
        fc.option(fc.webQueryParameters()),
        contentType,
        payload,
        fc.option(fc.string({ maxLength: 80 })),
        async (method, path, query, type, body, requestId) => {
          const response = await app.inject({
            method: method as 'GET',
            url: query ? `${path}?${query}` : path,
            headers: {
              ...(type ? { 'content-type': type } : {}),
              ...(requestId === null ? {} : { 'x-request-id': requestId.replace(/[\r\n]/g, '') }),
            },
            ...(method === 'GET' || method === 'HEAD' ? {} : { payload: body }),
          });
          expect(response.statusCode, `${method} ${path} -> ${response.body.slice(0, 200)}`).toBeLessThan(
            500,
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
