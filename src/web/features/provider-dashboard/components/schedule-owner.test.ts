import { describe, expect, it } from 'vitest';
import type { Provider } from '../../../../shared/scheduling.ts';
import { resolveScheduleOwner } from './schedule-owner.ts';

const login = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';

function provider(id: string, userId: string | null, active = true): Provider {
  return { id, name: `Dr ${id.slice(0, 4)}`, title: null, color: '#228be6', active, userId };
}

const mine = provider('aaaaaaaa-0000-4000-8000-000000000001', login);
const colleague = provider('aaaaaaaa-0000-4000-8000-000000000002', other);
const retired = provider('aaaaaaaa-0000-4000-8000-000000000003', null, false);
const all = [mine, colleague, retired];

describe('whose schedule a page shows', () => {
  it('gives a provider their own, whatever the URL asks for', () => {
    expect(resolveScheduleOwner({ id: login, role: 'provider' }, all, colleague.id)).toEqual({
      kind: 'own',
      provider: mine,
    });
  });

  it('tells a provider login without a profile that it is not linked', () => {
    expect(resolveScheduleOwner({ id: 'nobody', role: 'provider' }, all, null)).toEqual({ kind: 'unlinked' });
  });

  it('lets admins, managers and the desk choose among the active providers', () => {
    for (const role of ['admin', 'manager', 'staff'] as const) {
      expect(resolveScheduleOwner({ id: login, role }, all, null)).toEqual({
        kind: 'pick',
        options: [mine, colleague],
        selected: undefined,
      });
    }
    expect(resolveScheduleOwner({ id: login, role: 'manager' }, all, colleague.id)).toMatchObject({
      selected: colleague,
    });
  });

  it('keeps a retired provider reachable when the URL names them', () => {
    expect(resolveScheduleOwner({ id: login, role: 'admin' }, all, retired.id)).toEqual({
      kind: 'pick',
      options: all,
      selected: retired,
    });
  });
});
