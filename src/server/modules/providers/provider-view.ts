import { isStaffRole } from '../../../shared/permissions.ts';
import type { Provider } from '../../../shared/scheduling.ts';
import type { Actor } from '../auth/authenticate.ts';
import type { ProviderRow } from './provider-scope.ts';

/** Staff see the whole set-up; patients and the public booking page only what helps them choose. */
export function seesStaffView(actor: Actor | null): boolean {
  return actor !== null && isStaffRole(actor.role);
}

export function toPublicProvider(row: ProviderRow): Provider {
  return { id: row.id, name: row.name, title: row.title, color: row.color, active: row.active };
}

export function toProvider(row: ProviderRow): Provider {
  return { ...toPublicProvider(row), userId: row.userId };
}
