import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { problem } from '../lib/problem.ts';
import { sendProblem } from './error-handler.ts';

export const defaultWebRoot =
  process.env.TOPSMILE_WEB_DIST ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

const apiPrefixes = ['/api/', '/api?', '/healthz', '/readyz'];

function isApiPath(url: string): boolean {
  return url === '/api' || apiPrefixes.some((prefix) => url.startsWith(prefix));
}

/**
 * Serves the built React app; any other GET that is not an API path gets index.html so
 * that client-side routes survive a reload. API paths always get a problem+json 404.
 */
export async function registerWebApp(app: FastifyInstance, webRoot = defaultWebRoot): Promise<void> {
  const built = existsSync(path.join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      // A wildcard route finds files built after start-up too (a rebuild while running).
      wildcard: true,
      // `/` is a directory to the static server; its index is the app.
      index: 'index.html',
      // The build stores .br and .gz copies beside each asset (scripts/precompress-assets.mjs):
      // sent as they are to clients that accept them, with Vary: Accept-Encoding.
      preCompressed: true,
      setHeaders(res, filePath) {
        // Vite fingerprints assets, so they never change under the same name.
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.header('Cache-Control', 'public, max-age=31536000, immutable');
        } else if (/index\.html(\.br|\.gz)?$/.test(filePath)) {
          res.header('Cache-Control', 'no-cache');
        }
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !isApiPath(request.url);
    if (!wantsPage) {
      return sendProblem(
        reply,
        problem(404, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}`),
      );
    }
    if (!built) {
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built yet: run `npm run build` (npm start does it for you).');
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
