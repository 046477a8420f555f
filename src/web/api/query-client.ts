import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.ts';

// Client errors (4xx) will not change on retry; only network blips and 5xx are worth another go.
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 30_000 },
    mutations: { retry: false },
  },
});
