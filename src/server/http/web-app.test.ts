import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../../scripts/precompress-assets.mjs';
import { registerWebApp } from './web-app.ts';

function builtApp(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'topsmile-web-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>TopSmile</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  return root;
}

describe('serving the web app', () => {
  it('answers the root, client routes and assets, but never an API path', async () => {
    const app = Fastify();
    await registerWebApp(app, builtApp());
    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<title>TopSmile</title>');
    const clientRoute = await app.inject({ method: 'GET', url: '/patients/123?tab=history' });
    expect(clientRoute.statusCode).toBe(200);
    expect(clientRoute.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    await app.close();
  });

  it('sends the build’s brotli or gzip copy to clients that accept it, cached for good', async () => {
    const root = builtApp();
    const script = `export const greeting = ${JSON.stringify('olá, '.repeat(600))};\n`;
    writeFileSync(path.join(root, 'assets', 'app-def456.js'), script);
    writeFileSync(path.join(root, 'assets', 'app-def456.css'), `body { color: #123456; }\n`.repeat(100));
    precompressDirectory(root);
    // Tiny files are not worth it.
    expect(existsSync(path.join(root, 'assets', 'index-abc123.js.br'))).toBe(false);
    const app = Fastify();
    await registerWebApp(app, root);
    const get = (url: string, acceptEncoding?: string) =>
      app.inject({
        method: 'GET',
        url,
        headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
      });

    const brotli = await get('/assets/app-def456.js', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(script);
    expect(brotli.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 5);

    const gzip = await get('/assets/app-def456.css', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-type']).toContain('text/css');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(
      readFileSync(path.join(root, 'assets', 'app-def456.css'), 'utf8'),
    );

    const plain = await get('/assets/app-def456.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);

    const page = await get('/', 'br');
    expect(page.headers['cache-control']).toBe('no-cache');
    await app.close();
  });
});
