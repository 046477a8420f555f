import { describe, expect, it } from 'vitest';
import type { Provider } from '../../../../shared/scheduling.ts';
import type { User } from '../../../../shared/users.ts';
import { linkableUsers } from './linkable-users.ts';

const user = (id: string, role: User['role'] = 'provider'): User => ({
  id,
  email: `${id}@clinic.test`,
  name: id,
  role,
  active: true,
  emailVerified: true,
  twoFactorEnabled: false,
  invitationPending: false,
  createdAt: '2026-01-05T12:00:00Z',
});
const provider = (id: string, userId: string | null): Provider => ({
  id,
  name: `Dr ${id}`,
  title: null,
  color: '#1c7ed6',
  active: true,
  userId,
});

describe('linkable users', () => {
  const users = [user('ana'), user('bruno'), user('carla'), user('desk', 'staff')];
  const providers = [provider('p1', 'ana'), provider('p2', 'bruno'), provider('p3', null)];

  it('offers a new provider only the provider logins nobody is linked to', () => {
    expect(linkableUsers(users, providers, undefined).map((u) => u.id)).toEqual(['carla']);
  });

  it('keeps the login already linked to the provider being edited', () => {
    expect(linkableUsers(users, providers, 'p2').map((u) => u.id)).toEqual(['bruno', 'carla']);
    expect(linkableUsers(users, providers, 'p3').map((u) => u.id)).toEqual(['carla']);
  });
});
