import type { AccessGrant } from '../../shared/auth.ts';

export type SessionUser = AccessGrant['user'];

/** Why nobody is signed in: decides where the guards send the user and what the login page says. */
export type SignedOutReason = 'initial' | 'logged-out' | 'expired';

export type Session =
  | { status: 'restoring' }
  | { status: 'signed-out'; reason: SignedOutReason }
  | {
      status: 'signed-in';
      user: SessionUser;
      twoFactorEnrollmentRequired: boolean;
      /** A first administrator's printed password: the account page comes before anything else. */
      passwordChangeRequired: boolean;
    };

// The access token lives in this module only: never in storage, where any injected script
// could read it. A reload restores the session from the httpOnly refresh cookie instead.
let accessToken: string | null = null;
let session: Session = { status: 'restoring' };
const listeners = new Set<() => void>();

export function getSession(): Session {
  return session;
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function storeGrant(grant: AccessGrant): void {
  accessToken = grant.accessToken;
  const next: Session = {
    status: 'signed-in',
    user: grant.user,
    twoFactorEnrollmentRequired: grant.twoFactorEnrollmentRequired,
    passwordChangeRequired: grant.passwordChangeRequired,
  };
  // A routine refresh changes only the token: keep the same object so nothing re-renders.
  if (!sameSession(session, next)) publish(next);
}

export function clearSession(reason: SignedOutReason): void {
  accessToken = null;
  publish({ status: 'signed-out', reason });
}

export function setTwoFactorEnrollmentRequired(required: boolean): void {
  if (session.status === 'signed-in' && session.twoFactorEnrollmentRequired !== required) {
    publish({ ...session, twoFactorEnrollmentRequired: required });
  }
}

export function passwordChanged(): void {
  if (session.status === 'signed-in' && session.passwordChangeRequired) {
    publish({ ...session, passwordChangeRequired: false });
  }
}

function publish(next: Session): void {
  session = next;
  for (const listener of listeners) listener();
}

function sameSession(a: Session, b: Session): boolean {
  if (a.status !== 'signed-in' || b.status !== 'signed-in') return false;
  return (
    a.twoFactorEnrollmentRequired === b.twoFactorEnrollmentRequired &&
    a.passwordChangeRequired === b.passwordChangeRequired &&
    a.user.id === b.user.id &&
    a.user.email === b.user.email &&
    a.user.name === b.user.name &&
    a.user.role === b.user.role
  );
}
