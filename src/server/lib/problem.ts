import type { FieldProblem, Problem } from '../../shared/problem.ts';
import type { ProblemCode } from '../../shared/problem-codes.ts';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function statusTitle(status: number): string {
  return titles[status] ?? 'Error';
}

/** An error that is meant for the caller: it becomes exactly this problem+json body. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: FieldProblem[],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? code);
  }

  toBody(): Problem & Record<string, unknown> {
    // Extensions first: a member named like a fixed one (`status`, `code`) must never replace it.
    return {
      ...this.extensions,
      type: `https://topsmile.dev/problems/${this.code.replaceAll('_', '-')}`,
      title: statusTitle(this.status),
      status: this.status,
      code: this.code,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      ...(this.errors === undefined ? {} : { errors: this.errors }),
    };
  }
}

export function problem(
  status: number,
  code: ProblemCode,
  detail?: string,
  options: { errors?: FieldProblem[]; extensions?: Record<string, unknown> } = {},
): ProblemError {
  return new ProblemError(status, code, detail, options.errors, options.extensions);
}

export const notFound = (detail = 'No such resource.') => problem(404, 'not_found', detail);
