import { type ReactNode, useEffect } from 'react';
import { restoreSession } from '../../../api/session-lifecycle.ts';

/** Restores the session from the refresh cookie once, when the app loads. */
export function SessionProvider({ children }: { children: ReactNode }) {
  useEffect(() => restoreSession(), []);
  return children;
}
