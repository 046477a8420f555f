import { fillPath, type JsonSchema, type Operation } from './openapi-operations.ts';
import { sampleValue, someUuid } from './sample-value.ts';

export type HostileRequest = {
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
};

/** A JSON value written as raw text, so that it can be what JSON.stringify cannot produce (1e309). */
type RawJson = { label: string; text: string };

const megabyte = 'a'.repeat(1_000_000);
const tenMegabytes = 'b'.repeat(10_000_000);

const hostileStrings: string[] = [
  "' OR '1'='1' --",
  "'; DROP TABLE patients; --",
  '1; SELECT pg_sleep(10)',
  '{"$gt": ""}',
  '$where: function() { return true }',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '$' + '{7*7}{{7*7}}',
  'ñ😀\u202e',
  ' ',
  '',
];

export const hostileValues: RawJson[] = [
  ...hostileStrings.map((value) => ({
    label: `string ${JSON.stringify(value).slice(0, 30)}`,
    text: JSON.stringify(value),
  })),
  { label: 'nosql operator object', text: '{"$gt":"","$ne":null}' },
  {
    label: 'prototype object',
    text: '{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}',
  },
  { label: 'number', text: '123' },
  { label: 'negative', text: '-1' },
  { label: 'float', text: '0.000001' },
  { label: 'huge number', text: '1e309' },
  { label: 'negative huge number', text: '-1e309' },
  { label: 'tiny number', text: '1e-400' },
  { label: 'unsafe integer', text: '9007199254740993' },
  { label: 'bigint overflow', text: '-9223372036854775809' },
  { label: 'true', text: 'true' },
  { label: 'null', text: 'null' },
  { label: 'empty array', text: '[]' },
  { label: 'array of strings', text: '["a","b"]' },
  { label: 'empty object', text: '{}' },
  { label: '1 MB string', text: JSON.stringify(megabyte) },
  { label: '10 MB string', text: JSON.stringify(tenMegabytes) },
  { label: 'date far away', text: '"99999-12-31T00:00:00Z"' },
  { label: 'uuid-shaped nonsense', text: '"zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"' },
];

const hostilePathSegments: string[] = [
  "1' OR '1'='1",
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '-1',
  '99999999999999999999999999',
  'x'.repeat(5000),
  encodeURIComponent('ñ😀'),
  '%E0%A4%A',
  encodeURIComponent('{"$gt":""}'),
  '__proto__',
  'constructor',
];

const malformedBodies: string[] = [
  '{',
  '{"a":',
  '[1,2',
  '{"a":1,}',
  "{'a':1}",
  'undefined',
  'NaN',
  '\u0000',
  '{"a":"\\u00"}',
];

// A lone surrogate has no UTF-8 form: send the bytes it would have, which are invalid UTF-8.
function percentEncoded(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function deepArray(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function deepObject(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function bodyProperties(schema: JsonSchema | undefined): string[] {
  const variant = schema?.anyOf?.[0] ?? schema?.oneOf?.[0] ?? schema;
  return Object.keys(variant?.properties ?? {});
}

function withValue(body: unknown, property: string, value: RawJson): string {
  const base = body && typeof body === 'object' && !Array.isArray(body) ? { ...body } : {};
  const marker = '"\u0001hostile\u0001"';
  return JSON.stringify({ ...base, [property]: '\u0001hostile\u0001' }).replace(marker, value.text);
}

/** Every hostile request for one operation (the full run sends them all, the quick one a sample). */
export function hostileRequests(operation: Operation): HostileRequest[] {
  const url = fillPath(operation.route, () => someUuid);
  const json = { 'content-type': 'application/json', accept: 'application/json' };
  const requests: HostileRequest[] = [];
  const add = (label: string, request: Omit<HostileRequest, 'label' | 'method'>) =>
    requests.push({ label, method: operation.method, ...request });

  for (const name of operation.pathParams) {
    for (const segment of hostilePathSegments) {
      add(`path ${name}=${segment.slice(0, 20)}`, {
        url: fillPath(operation.route, (param) => (param === name ? segment : someUuid)),
        headers: { accept: 'application/json' },
      });
    }
  }
  const queryNames = [
    ...operation.queryParams.map((param) => param.name),
    '__proto__[admin]',
    'constructor[prototype][admin]',
  ];
  for (const name of queryNames) {
    for (const value of [...hostileStrings, 'x'.repeat(20_000), '1e309', '-1']) {
      add(`query ${name}=${JSON.stringify(value).slice(0, 20)}`, {
        url: `${url}?${encodeURIComponent(name)}=${percentEncoded(value)}`,
        headers: { accept: 'application/json' },
      });
    }
    add(`query ${name} repeated`, {
      url: `${url}?${name}=a&${name}=b&${name}[]=c`,
      headers: { accept: 'application/json' },
    });
  }
  if (operation.method === 'GET' || operation.method === 'DELETE') return requests;

  const valid = sampleValue(operation.body);
  for (const text of malformedBodies)
    add(`malformed ${JSON.stringify(text)}`, { url, headers: json, payload: text });
  add('empty body', { url, headers: json, payload: '' });
  add('body null', { url, headers: json, payload: 'null' });
  add('body array', { url, headers: json, payload: '[]' });
  add('body string', { url, headers: json, payload: '"x"' });
  add('deep array', { url, headers: json, payload: deepArray(100_000) });
  add('deep object', { url, headers: json, payload: deepObject(50_000) });
  add('10 MB body', { url, headers: json, payload: JSON.stringify({ x: tenMegabytes }) });
  add('prototype keys', {
    url,
    headers: json,
    payload: JSON.stringify(valid).replace(
      /^\{/,
      '{"__proto__":{"role":"admin","admin":true},"constructor":{"prototype":{"admin":true}},',
    ),
  });
  add('invalid utf-8', {
    url,
    headers: json,
    payload: Buffer.concat([
      Buffer.from('{"name":"'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
      Buffer.from('"}'),
    ]),
  });
  for (const type of [
    'text/plain',
    'application/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=utf-16',
    'application/jsonx',
    '',
  ]) {
    add(`content-type ${JSON.stringify(type)}`, {
      url,
      headers: type ? { 'content-type': type, accept: 'application/json' } : { accept: 'application/json' },
      payload: JSON.stringify(valid),
    });
  }
  for (const property of bodyProperties(operation.body)) {
    for (const value of hostileValues) {
      add(`body ${property} = ${value.label}`, {
        url,
        headers: json,
        payload: withValue(valid, property, value),
      });
    }
  }
  return requests;
}
