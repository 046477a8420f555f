import type { ZodType } from 'zod';
import { Problem } from '../../shared/problem.ts';
import { ApiError } from './api-error.ts';

export type ApiRequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
};

/**
 * Calls the API and returns the body parsed by `schema`, so callers get the shared types
 * checked at runtime rather than cast. Any failure becomes an ApiError.
 */
export async function apiRequest<T>(
  path: string,
  schema: ZodType<T>,
  options: ApiRequestOptions = {},
): Promise<T> {
  const { method = 'GET', body, signal } = options;
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
      credentials: 'same-origin',
    });
  } catch (error) {
    // A cancelled query must stay an AbortError so TanStack Query recognises it.
    if (signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: 'network_error', title: 'The server could not be reached' });
  }

  if (!response.ok) throw await problemFrom(response);

  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'invalid_response',
      title: 'The server answered in an unexpected shape',
    });
  }
  return parsed.data;
}

async function problemFrom(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    const problem = Problem.safeParse(await response.json().catch(() => undefined));
    if (problem.success) return new ApiError(problem.data);
  }
  // Proxies and crashed upstreams answer HTML or nothing; keep the status, invent no detail.
  return new ApiError({
    status: response.status,
    code: 'http_error',
    title: response.statusText || `Request failed with status ${response.status}`,
  });
}
