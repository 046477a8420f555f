import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import type { Action } from '../../../../shared/permissions.ts';
import { ForbiddenPage } from '../../../components/forbidden-page.tsx';
import { useMay } from '../hooks/use-session.ts';

/** Inside RequireAuth: shows the forbidden page to roles the permission table does not allow. */
export function RequirePermission({ action, children }: { action: Action; children?: ReactNode }) {
  const allowed = useMay(action);
  if (!allowed) return <ForbiddenPage />;
  return children ?? <Outlet />;
}
