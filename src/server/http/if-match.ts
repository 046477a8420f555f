import { z } from 'zod';
import { problem } from '../lib/problem.ts';

/** What an `If-Match` header asks for: any current state (`*`), or one of these versions. */
export type VersionPrecondition = { anyVersion: true } | { versions: readonly number[] };

// One reading for every resource with versions: `"7"`, `W/"7"` (a proxy may weaken the tag
// it passes on) or a bare `7`, several separated by commas.
const entityTagPattern = /^(?:W\/)?"?([0-9]{1,9})"?$/;

/**
 * The precondition of an `If-Match` header, or undefined when there is none (update
 * unconditionally). A value that is not an ETag this server hands out is a malformed request.
 */
export function parseIfMatch(header: string | undefined): VersionPrecondition | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return { anyVersion: true };
  const versions: number[] = [];
  for (const tag of header.split(',')) {
    const match = entityTagPattern.exec(tag.trim());
    if (!match) {
      throw problem(400, 'validation_failed', 'If-Match must be an ETag this server sent.', {
        errors: [{ path: 'headers.if-match', message: 'Not an ETag of this resource' }],
      });
    }
    versions.push(Number(match[1]));
  }
  return { versions };
}

export function preconditionHolds(precondition: VersionPrecondition | undefined, current: number): boolean {
  if (precondition === undefined || 'anyVersion' in precondition) return true;
  return precondition.versions.includes(current);
}

export const IfMatchHeaders = z.object({
  'if-match': z.string().max(200).optional().describe('The ETag of the version being edited'),
});

/** Strong validator of a versioned resource: clients echo it in If-Match to update what they read. */
export function versionEtag(version: number): string {
  return `"${version}"`;
}
