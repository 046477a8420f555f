import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

export type Look = { color: string; icon: string };

// A sign as well as a colour, so the badge reads without colour vision (and dark text: axe).
export function LookBadge({ look, children }: { look: Look; children: ReactNode }) {
  return (
    <Badge
      variant="light"
      color={look.color}
      c="dark.7"
      tt="none"
      leftSection={<span aria-hidden="true">{look.icon}</span>}
    >
      {children}
    </Badge>
  );
}
