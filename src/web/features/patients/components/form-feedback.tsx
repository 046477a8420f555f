import { Stack } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * Alerts shown after a save, scrolled into view whenever `watch` changes to something: on a
 * long form the save button may be the only thing on screen.
 */
export function FormFeedback({ watch, children }: { watch: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (watch) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [watch]);
  if (!watch) return null;
  return (
    <Stack ref={ref} gap="sm">
      {children}
    </Stack>
  );
}
