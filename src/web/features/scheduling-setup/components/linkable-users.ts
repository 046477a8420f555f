import type { Provider } from '../../../../shared/scheduling.ts';
import type { User } from '../../../../shared/users.ts';

/**
 * The logins a provider may be linked to: provider-role users no other provider is linked to,
 * plus the one already linked to this provider. The server refuses the others (`409`), so
 * offering them only leads to an error after the form is filled in.
 */
export function linkableUsers(users: User[], providers: Provider[], providerId: string | undefined): User[] {
  const taken = new Set(
    providers.flatMap((provider) => (provider.id !== providerId && provider.userId ? [provider.userId] : [])),
  );
  return users.filter((user) => user.role === 'provider' && !taken.has(user.id));
}
