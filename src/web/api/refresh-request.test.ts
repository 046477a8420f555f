import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestRefresh } from './refresh-request.ts';

const grant = {
  accessToken: 'token',
  expiresIn: 900,
  user: { id: '7d6f5a0e-3c1b-4f5e-9a2d-1b2c3d4e5f60', email: 'a@example.test', name: 'A', role: 'admin' },
  twoFactorEnrollmentRequired: false,
  passwordChangeRequired: false,
};

/** A fetch answering the refresh with each scripted status in turn. */
function scriptedRefresh(statuses: number[]) {
  const fetch = vi.fn(async () => {
    const status = statuses.shift() ?? 500;
    if (status === 200) return Response.json(grant);
    return new Response(null, { status, headers: { 'retry-after': '2' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('requestRefresh', () => {
  it('waits out a busy server as it asks and then gets the grant', async () => {
    vi.useFakeTimers();
    const fetch = scriptedRefresh([503, 429, 200]);
    const result = requestRefresh();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(await result).toMatchObject({ kind: 'granted' });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('gives up after a few busy answers without signing the user out', async () => {
    vi.useFakeTimers();
    const fetch = scriptedRefresh([503, 503, 503, 503, 503]);
    const result = requestRefresh();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toEqual({ kind: 'unreachable' });
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('treats a 401 as the end of the session at once', async () => {
    const fetch = scriptedRefresh([401]);
    expect(await requestRefresh()).toEqual({ kind: 'ended' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
