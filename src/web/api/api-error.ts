import type { FieldProblem } from '../../shared/problem.ts';

export type ApiErrorInit = {
  status: number;
  code: string;
  title: string;
  detail?: string | undefined;
  errors?: FieldProblem[] | undefined;
  retryAfterSeconds?: number | undefined;
  /** Members a problem adds beyond RFC 9457's (e.g. `candidates`, `currentVersion`). */
  extensions?: Record<string, unknown> | undefined;
};

/**
 * Every failed API call surfaces as this, whether the server answered problem+json, something
 * else, or nothing at all (status 0), so screens switch on `code` and never on English text.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[];
  /** When a `429 rate_limited` may be tried again. */
  readonly retryAfterSeconds: number | undefined;
  /** Extension members of the problem, unchecked: parse them with the schema of the `code`. */
  readonly extensions: Record<string, unknown>;

  constructor(init: ApiErrorInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.extensions = init.extensions ?? {};
  }
}

export function isApiError(error: unknown, code: string): error is ApiError {
  return error instanceof ApiError && error.code === code;
}
