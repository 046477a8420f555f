import type { FastifyError } from 'fastify';
import { type ProblemError, problem } from '../lib/problem.ts';

/**
 * Fastify answers a path it cannot route (bad percent-encoding, an over-long segment) before any
 * error handler runs, in its own JSON shape and quoting the path, which may hold a token. These
 * are problems like every other 4xx, and say nothing of what was sent.
 */
export function frameworkProblem(error: FastifyError): ProblemError {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return problem(414, 'uri_too_long', 'A part of the path is too long.');
  if (error.code === 'FST_ERR_BAD_URL') {
    return problem(400, 'bad_url', 'The path is not valid percent-encoded UTF-8.');
  }
  return problem(400, 'bad_request', 'The request cannot be routed.');
}
