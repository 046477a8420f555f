import { useSyncExternalStore } from 'react';
import { type Action, roleMay } from '../../../../shared/permissions.ts';
import { getSession, type Session, subscribeToSession } from '../../../api/session-store.ts';

export function useSession(): Session {
  return useSyncExternalStore(subscribeToSession, getSession);
}

/** Whether the signed-in user's role may do `action`, from the shared permission table. */
export function useMay(action: Action): boolean {
  const session = useSession();
  return session.status === 'signed-in' && roleMay(session.user.role, action);
}
