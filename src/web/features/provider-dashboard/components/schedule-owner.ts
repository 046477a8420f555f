import type { Role } from '../../../../shared/permissions.ts';
import type { Provider } from '../../../../shared/scheduling.ts';

export type ScheduleOwner =
  /** A provider login that no provider profile points at. */
  | { kind: 'unlinked' }
  /** A provider sees and edits only their own day and hours: no choice is offered. */
  | { kind: 'own'; provider: Provider }
  /** The desk and managers look after everyone's: they choose whom. */
  | { kind: 'pick'; options: Provider[]; selected: Provider | undefined };

/**
 * Whose day and hours a page shows. Mirrors the server's rule (schedule-access.ts): a provider
 * may change only the provider whose `userId` is their login; admins and managers anyone's. A
 * provider's `?provider=` in the URL is ignored rather than obeyed, so no link can show them a
 * colleague's hours as if they could edit them.
 */
export function resolveScheduleOwner(
  user: { id: string; role: Role },
  providers: readonly Provider[],
  requestedId: string | null,
): ScheduleOwner {
  if (user.role === 'provider') {
    const own = providers.find((provider) => provider.userId === user.id);
    return own ? { kind: 'own', provider: own } : { kind: 'unlinked' };
  }
  const selected = providers.find((provider) => provider.id === requestedId);
  // Retired providers stay reachable through a link, but the list offers the working ones.
  const options = providers.filter((provider) => provider.active || provider.id === selected?.id);
  return { kind: 'pick', options, selected };
}
