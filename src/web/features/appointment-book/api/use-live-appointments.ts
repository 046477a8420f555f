import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribeToLiveEvents } from '../../../api/live-events.ts';
import { appointmentQueryKeys } from './appointment-query-keys.ts';

// A burst of changes (a recurring series, a busy morning) refetches once, not once per event;
// the first event of a burst still shows within this delay, however long the burst goes on.
const debounceMs = 100;

/**
 * Keeps every appointment query of the screen current while it is mounted: each live event from
 * another desk refetches them; a resync (events missed) refetches everything on the screen.
 */
export function useLiveAppointments(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribeToLiveEvents({
      onEvent() {
        if (timer !== undefined) return;
        timer = setTimeout(() => {
          timer = undefined;
          void queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all });
          void queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.availability });
        }, debounceMs);
      },
      onResync() {
        clearTimeout(timer);
        timer = undefined;
        void queryClient.invalidateQueries();
      },
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [queryClient]);
}
