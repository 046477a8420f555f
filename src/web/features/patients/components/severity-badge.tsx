import { Badge } from '@mantine/core';
import type { AllergySeverity } from '../../../../shared/medical-history.ts';
import { allergySeverityPresentation } from './alert-presentation.ts';

export function SeverityBadge({ severity }: { severity: AllergySeverity }) {
  const look = allergySeverityPresentation(severity);
  return (
    <Badge
      color={look.color}
      variant={look.variant}
      tt="none"
      leftSection={<span aria-hidden="true">{look.icon}</span>}
    >
      {look.text}
    </Badge>
  );
}
