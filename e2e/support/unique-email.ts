import { randomUUID } from 'node:crypto';

/** An address no other test (or earlier run against the same database) uses. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.test`;
}
