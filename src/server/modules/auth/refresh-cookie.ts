import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { sessionLifetimeDays } from './sessions.ts';

const cookieName = 'topsmile_refresh';
// Sent only to the endpoints that spend it, never to the rest of the API or the web app.
const cookiePath = '/api/v1/auth';

export function setRefreshCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(cookieName, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https://'),
    path: cookiePath,
    maxAge: sessionLifetimeDays * 86_400,
  });
}

export function clearRefreshCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(cookieName, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https://'),
    path: cookiePath,
  });
}

export function readRefreshCookie(request: FastifyRequest): string | undefined {
  const value = request.cookies[cookieName];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}
