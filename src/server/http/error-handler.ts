import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FieldProblem } from '../../shared/problem.ts';
import type { ProblemCode } from '../../shared/problem-codes.ts';
import { isDatabaseBusy } from '../db/database-busy.ts';
import { sqlState } from '../db/sql-state.ts';
import { errorSummary } from '../lib/error-summary.ts';
import { ProblemError, problem } from '../lib/problem.ts';

// Issue codes that mean "not the shape the API takes" (400); any other failed rule on a
// well-formed value is a 422, as API.md separates them.
const shapeIssueCodes = new Set([
  'invalid_type',
  'unrecognized_keys',
  'invalid_union',
  'invalid_value',
  'invalid_key',
  'invalid_element',
]);

const fastifyCodes: Record<string, { status: number; code: ProblemCode; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', detail: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    detail: 'The body is empty but Content-Type is application/json.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    detail: 'Send the body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', detail: 'Invalid Content-Length.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', detail: 'The body is too large.' },
};

const codeForStatus: Record<number, ProblemCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

type ValidationContext = 'body' | 'querystring' | 'params' | 'headers' | undefined;

function fieldPath(context: ValidationContext, instancePath: string): string {
  const segments = instancePath.split('/').filter((segment) => segment !== '');
  const prefix =
    context === undefined || context === 'body' ? [] : [context === 'querystring' ? 'query' : context];
  return [...prefix, ...segments].join('.') || (context ?? 'body');
}

/** Translates whatever was thrown into the problem the caller receives. */
export function toProblem(error: unknown): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: ValidationContext }).validationContext;
    const errors: FieldProblem[] = error.validation.flatMap((issue) => {
      const base = fieldPath(context, issue.instancePath);
      if (issue.keyword === 'unrecognized_keys') {
        const keys = (issue.params as { keys?: string[] }).keys ?? [];
        return keys.map((key) => ({
          path: base === 'body' ? key : `${base}.${key}`,
          message: 'Unknown field',
        }));
      }
      return [{ path: base, message: issue.message ?? 'Invalid value' }];
    });
    const malformed = error.validation.some((issue) => shapeIssueCodes.has(issue.keyword));
    return problem(
      malformed ? 400 : 422,
      'validation_failed',
      malformed ? 'The request does not have the expected shape.' : 'Some values break a rule.',
      { errors },
    );
  }
  // Class 22 is PostgreSQL refusing a value (a NUL in text, a year out of range…): bad input, not a server fault.
  if (sqlState(error)?.startsWith('22')) {
    return problem(
      422,
      'validation_failed',
      'A value in the request cannot be stored (out of range or not allowed characters).',
    );
  }
  // Every pool connection stayed busy past the pool's timeout: an overload to ride out, not a fault.
  if (isDatabaseBusy(error)) {
    return problem(503, 'database_busy', 'The server is busy. Try again in a moment.', {
      extensions: { retryAfterSeconds: 1 },
    });
  }
  const fastifyError = error as Partial<FastifyError>;
  const known = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (known) return problem(known.status, known.code, known.detail);
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return problem(status, codeForStatus[status] ?? 'bad_request', fastifyError.message);
  }
  return undefined;
}

export function sendProblem(reply: FastifyReply, error: ProblemError): FastifyReply {
  const retryAfter = error.extensions.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply.code(error.status).type('application/problem+json').send(error.toBody());
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const known = toProblem(error);
    if (known) {
      if (known.status >= 500) request.log.error({ error: errorSummary(error) }, 'request failed');
      return sendProblem(reply, known);
    }
    // Unknown errors may carry SQL or patient data in their message: log them, answer nothing.
    request.log.error({ error: errorSummary(error) }, 'unexpected error');
    return sendProblem(reply, problem(500, 'internal_error', 'Something went wrong on our side.'));
  });
}
