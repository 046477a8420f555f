import type { User } from '../../../shared/users.ts';
import type { UserRow } from '../auth/accounts.ts';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    emailVerified: row.emailVerifiedAt !== null,
    twoFactorEnabled: row.totpEnabledAt !== null,
    invitationPending: row.passwordHash === null,
    createdAt: row.createdAt.toISOString(),
  };
}
