import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useSession } from '../hooks/use-session.ts';
import { loginPathFor } from './safe-next-path.ts';

// The only page a staff member who must enrol in two-factor authentication, or replace a
// printed password, may use.
const enrollmentPath = '/account';

/** Renders its children (or the child routes) only for a signed-in user. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'restoring') return <PageLoader />;
  if (session.status === 'signed-out') {
    // After "Log out" there is nothing to come back to; after an expiry, return where they were.
    const to = session.reason === 'logged-out' ? '/login' : loginPathFor(location);
    return <Navigate to={to} replace />;
  }
  const mustVisitAccount = session.twoFactorEnrollmentRequired || session.passwordChangeRequired;
  if (mustVisitAccount && location.pathname !== enrollmentPath) {
    return <Navigate to={enrollmentPath} replace />;
  }
  return children ?? <Outlet />;
}
