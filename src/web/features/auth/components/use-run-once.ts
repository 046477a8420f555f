import { useEffect, useRef } from 'react';

/**
 * Runs `effect` once per mounted component, even under StrictMode's double effects: a
 * single-use token (a mailed link) must be sent once, or the second call reports it spent.
 */
export function useRunOnce(effect: () => void): void {
  const ran = useRef(false);
  useEffect(() => {
    if (ran.current) return;
    ran.current = true;
    effect();
  });
}
