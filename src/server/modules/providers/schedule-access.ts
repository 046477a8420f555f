import type { AppContext } from '../../context.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { findProvider, type ProviderRow } from './provider-scope.ts';

/**
 * Admins and managers edit anyone's hours and time off; a provider only their own (the
 * provider linked to their login), per the `working_hours.manage` note in permissions.ts.
 * An unknown provider is `404` for everyone, so the check never hides a typo behind a `403`.
 */
export async function findEditableSchedule(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
  action: string,
  source: AuditSource,
): Promise<ProviderRow> {
  const provider = await findProvider(ctx.db, providerId);
  if (actor.role === 'provider' && provider.userId !== actor.userId) {
    await ctx.audit.record(ctx.db, {
      ...source,
      action,
      entity: 'provider',
      entityId: provider.id,
      outcome: 'denied',
      detail: { reason: 'not_own_schedule' },
    });
    throw problem(403, 'forbidden', 'Providers may change only their own schedule.');
  }
  return provider;
}
