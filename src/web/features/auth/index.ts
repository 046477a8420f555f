// What other parts of the app may use of the auth feature; its other files are internal.
export { useLogOut } from './api/use-log-out.ts';
export { AuthFrame } from './components/auth-frame.tsx';
export { RequireAuth } from './components/require-auth.tsx';
export { RequirePermission } from './components/require-permission.tsx';
export { SessionProvider } from './components/session-provider.tsx';
export { useMay, useSession } from './hooks/use-session.ts';
