import { type ZodType, z } from 'zod';
import { Problem } from '../../shared/problem.ts';
import { ApiError } from './api-error.ts';
import { refreshSession } from './session-lifecycle.ts';
import { getAccessToken, setTwoFactorEnrollmentRequired } from './session-store.ts';

export type ApiRequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /**
   * For calls made without a session (login, sign-up, mailed links): no bearer is sent, and
   * a 401 is the answer itself (wrong password), not an expired token to refresh.
   */
  anonymous?: boolean;
  /** Extra request headers, e.g. `If-Match` for conditional updates. */
  headers?: Record<string, string>;
};

// `retryAfterSeconds` is an extension member of the `429 rate_limited` problem.
const ProblemBody = Problem.extend({ retryAfterSeconds: z.number().int().nonnegative().optional() });

/**
 * Calls the API and returns the body parsed by `schema`, so callers get the shared types
 * checked at runtime rather than cast. Any failure becomes an ApiError.
 */
export async function apiRequest<T>(
  path: string,
  schema: ZodType<T>,
  options: ApiRequestOptions = {},
): Promise<T> {
  const response = await callApi(path, options);
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

/** For endpoints that answer 202 or 204 without a body. */
export async function apiSend(path: string, options: ApiRequestOptions = {}): Promise<void> {
  await callApi(path, options);
}

/**
 * For files behind the bearer token (receipts, statements): the body as a Blob, so the screen
 * can open, print or save it from an object URL.
 */
export async function apiBlob(path: string, options: ApiRequestOptions = {}): Promise<Blob> {
  const response = await callApi(path, {
    ...options,
    headers: { accept: 'application/pdf, application/problem+json', ...options.headers },
  });
  return response.blob();
}

async function callApi(path: string, options: ApiRequestOptions): Promise<Response> {
  const token = options.anonymous ? null : getAccessToken();
  let response = await send(path, options, token);
  if (response.status === 401 && !options.anonymous) {
    // Retried once only: a second 401 means the session is really over.
    const retryToken = await tokenForRetry(token);
    if (retryToken) response = await send(path, options, retryToken);
  }
  if (response.ok) return response;
  const error = await problemFrom(response);
  if (error.code === 'two_factor_enrollment_required') setTwoFactorEnrollmentRequired(true);
  throw error;
}

// Another request may have refreshed while this one was out: use its token instead of
// spending the refresh cookie again.
async function tokenForRetry(usedToken: string | null): Promise<string | null> {
  const current = getAccessToken();
  if (current !== null && current !== usedToken) return current;
  return (await refreshSession()) ? getAccessToken() : null;
}

async function send(path: string, options: ApiRequestOptions, token: string | null): Promise<Response> {
  const { method = 'GET', body, signal } = options;
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    ...options.headers,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== null) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(path, {
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
}

async function problemFrom(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    const body: unknown = await response.json().catch(() => undefined);
    const problem = ProblemBody.safeParse(body);
    if (problem.success) {
      const { retryAfterSeconds, ...rest } = problem.data;
      return new ApiError({
        ...rest,
        retryAfterSeconds: retryAfterSeconds ?? retryAfterHeader(response),
        extensions: extensionMembers(body),
      });
    }
  }
  // Proxies and crashed upstreams answer HTML or nothing; keep the status, invent no detail.
  return new ApiError({
    status: response.status,
    code: response.status === 429 ? 'rate_limited' : 'http_error',
    title: response.statusText || `Request failed with status ${response.status}`,
    retryAfterSeconds: retryAfterHeader(response),
  });
}

const standardMembers = new Set(Object.keys(ProblemBody.shape));

// A problem's own members, beyond the standard ones (409 `candidates`, 412 `currentVersion`).
function extensionMembers(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null) return {};
  return Object.fromEntries(Object.entries(body).filter(([key]) => !standardMembers.has(key)));
}

function retryAfterHeader(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}
