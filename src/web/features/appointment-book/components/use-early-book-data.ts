import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { prefetchBookData } from '../prefetch-book-data.ts';

/** The book's data asked for while the clinic's settings, which it cannot draw without, load. */
export function useEarlyBookData(): void {
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  useEffect(() => {
    void prefetchBookData(queryClient, search);
  }, [queryClient, search]);
}
