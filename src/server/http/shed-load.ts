import { getHeapStatistics } from 'node:v8';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import { problem } from '../lib/problem.ts';

export type PressureLimits = {
  /** Mean event-loop delay, in ms, above which requests are turned away; 0 = not checked. */
  maxEventLoopDelayMs: number;
  /** Event-loop utilization (0–1) above which requests are turned away; 0 = not checked. */
  maxEventLoopUtilization: number;
  /** V8 heap in use, in bytes; 0 = not checked. */
  maxHeapUsedBytes: number;
  /** Resident memory, in bytes; 0 = not checked. */
  maxRssBytes: number;
  retryAfterSeconds: number;
  /** How often the figures are sampled. */
  sampleIntervalMs: number;
};

/** Nine tenths of the heap V8 will grow to: past that, garbage collection starts to stall everything. */
export function defaultMaxHeapUsedBytes(): number {
  return Math.floor(getHeapStatistics().heap_size_limit * 0.9);
}

// Probes must keep answering: a saturated server is alive, and killing it would drop its work.
const alwaysAnswered = new Set(['/healthz', '/readyz']);

/**
 * Turns requests away with `503 server_busy` and Retry-After while the process is saturated,
 * so that it sheds load instead of answering everything too late or running out of memory.
 */
export async function shedLoadUnderPressure(app: FastifyInstance, limits: PressureLimits): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    maxEventLoopUtilization: limits.maxEventLoopUtilization,
    // The utilization of the last sample, not the average since start, which hides a saturation.
    eventLoopUtilizationMode: 'interval',
    maxHeapUsedBytes: limits.maxHeapUsedBytes,
    maxRssBytes: limits.maxRssBytes,
    sampleInterval: limits.sampleIntervalMs,
    retryAfter: limits.retryAfterSeconds,
    pressureHandler: (request) => {
      if (alwaysAnswered.has(request.url.split('?')[0] ?? '')) return undefined;
      // A rejected promise reaches the error handler, which renders the problem and Retry-After.
      return Promise.reject(
        problem(503, 'server_busy', 'The server is overloaded. Try again in a moment.', {
          extensions: { retryAfterSeconds: limits.retryAfterSeconds },
        }),
      );
    },
  });
}
