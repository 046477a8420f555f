import type { AccessGrant } from '../../shared/auth.ts';
import { queryClient } from './query-client.ts';
import { requestRefresh } from './refresh-request.ts';
import { forgetSession, mayHaveSession, rememberSession } from './session-hint.ts';
import { clearSession, getSession, type SignedOutReason, storeGrant } from './session-store.ts';

// Refresh this long before the access token expires, so a request never leaves with a token
// about to lapse; a 401 still triggers a refresh when a sleeping tab missed its timer.
const refreshLeadSeconds = 60;
const minimumDelaySeconds = 10;
const retryUnreachableSeconds = 30;

type TabMessage = { type: 'signed-in' } | { type: 'signed-out' };

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('topsmile-session') : null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | null = null;
let started = false;

/** Adopts a grant from login or refresh: keeps its token in memory and plans the next refresh. */
export function beginSession(grant: AccessGrant, options: { announce?: boolean } = {}): void {
  const previous = getSession();
  // Another person's cached screens must not leak into this session.
  if (previous.status === 'signed-in' && previous.user.id !== grant.user.id) queryClient.clear();
  storeGrant(grant);
  rememberSession();
  scheduleRefresh(Math.max(minimumDelaySeconds, grant.expiresIn - refreshLeadSeconds));
  if (options.announce) announce({ type: 'signed-in' });
}

export function endSession(reason: SignedOutReason, options: { announce?: boolean } = {}): void {
  clearTimeout(refreshTimer);
  queryClient.clear();
  clearSession(reason);
  forgetSession();
  if (options.announce) announce({ type: 'signed-out' });
}

/**
 * A new access token from the refresh cookie; true when there is one. Callers that arrive
 * while a refresh runs share it, because the refresh token may be spent only once.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= runRefresh().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** On app load: one refresh to restore the session, and the cross-tab listener. Idempotent. */
export function restoreSession(): void {
  if (started) return;
  started = true;
  channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => onTabMessage(event.data));
  if (mayHaveSession()) void refreshSession();
  else clearSession('initial');
}

/** Whether someone is signed in, once the restore on load (if it is still running) has answered. */
export function sessionSettled(): Promise<boolean> {
  return getSession().status === 'restoring'
    ? refreshSession()
    : Promise.resolve(getSession().status === 'signed-in');
}

async function runRefresh(): Promise<boolean> {
  const result = await requestRefresh();
  const restoring = getSession().status === 'restoring';
  if (result.kind === 'granted') {
    beginSession(result.grant);
    return true;
  }
  if (result.kind === 'ended') {
    if (getSession().status !== 'signed-out') endSession(restoring ? 'initial' : 'expired');
    return false;
  }
  // Unreachable: on first load nothing can be shown without a session, so offer the login;
  // later, keep the current token (it may still be valid) and try again shortly.
  if (restoring) clearSession('initial');
  else if (getSession().status === 'signed-in') scheduleRefresh(retryUnreachableSeconds);
  return false;
}

function scheduleRefresh(seconds: number): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refreshSession(), seconds * 1000);
}

function announce(message: TabMessage): void {
  channel?.postMessage(message);
}

// Logging out in one tab logs out all; logging in in one lets a signed-out tab pick it up.
function onTabMessage(message: TabMessage): void {
  const status = getSession().status;
  if (message.type === 'signed-out' && status === 'signed-in') endSession('logged-out');
  if (message.type === 'signed-in' && status === 'signed-out') void refreshSession();
}
