import { z } from 'zod';

export const FieldProblem = z.object({ path: z.string(), message: z.string() });
export type FieldProblem = z.infer<typeof FieldProblem>;

/** RFC 9457 body; `code` is the stable string clients switch on, never the English title. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  code: z.string(),
  errors: z.array(FieldProblem).optional(),
  retryAfterSeconds: z.int().optional().describe('With 429: when to try again'),
});
export type Problem = z.infer<typeof Problem>;
