import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AllergySeverity } from '../../../../shared/medical-history.ts';
import { patientsNamespace } from '../i18n.ts';
import { allergySeverityPresentation } from './alert-presentation.ts';

export function SeverityBadge({ severity }: { severity: AllergySeverity }) {
  const { t } = useTranslation(patientsNamespace);
  const look = allergySeverityPresentation(severity, t);
  return (
    <Badge
      color={look.color}
      variant={look.variant}
      autoContrast
      tt="none"
      leftSection={<span aria-hidden="true">{look.icon}</span>}
    >
      {look.text}
    </Badge>
  );
}
