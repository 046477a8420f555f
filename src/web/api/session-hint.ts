// The refresh cookie is httpOnly, so the page cannot see whether it has one. Without this hint
// every visit to the login page asked the server, got a 401, and the browser logged it as a
// console error. The hint holds no secret: a stale one costs one refresh that answers 401.
const hintKey = 'topsmile-session-hint';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be blocked (privacy settings): then always ask the server, as before.
    return undefined;
  }
}

export function rememberSession(): void {
  storage()?.setItem(hintKey, '1');
}

export function forgetSession(): void {
  storage()?.removeItem(hintKey);
}

/** False only when this browser is known to have no session to restore. */
export function mayHaveSession(): boolean {
  const store = storage();
  return store === undefined || store.getItem(hintKey) === '1';
}
