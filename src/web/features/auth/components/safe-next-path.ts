/**
 * The in-app path to return to after logging in. Only same-origin paths are followed: a
 * crafted `?next=//evil.example` or `?next=https://…` would otherwise turn the login page
 * into an open redirect.
 */
export function safeNextPath(next: string | null): string {
  if (next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) return next;
  return '/';
}

export function loginPathFor(location: { pathname: string; search: string }): string {
  const next = `${location.pathname}${location.search}`;
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
