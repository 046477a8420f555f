import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentStatus } from '../../../../shared/scheduling.ts';
import { providerDashboardNamespace } from '../i18n.ts';

// The colour helps at a glance; the word is what says it.
const statusColors: Record<AppointmentStatus, string> = {
  scheduled: 'gray',
  confirmed: 'blue',
  checked_in: 'cyan',
  in_progress: 'orange',
  completed: 'green',
  cancelled: 'red',
  no_show: 'dark',
};

export function AppointmentStatusBadge({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation(providerDashboardNamespace);
  return (
    <Badge color={statusColors[status]} variant="light" tt="none">
      {t(`appointmentStatus.${status}`, { ns: 'common' })}
    </Badge>
  );
}
