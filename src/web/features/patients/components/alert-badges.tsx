import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PatientAlert } from '../../../../shared/patients.ts';
import { patientsNamespace } from '../i18n.ts';
import { alertPresentation } from './alert-presentation.ts';

type Props = {
  alerts: readonly PatientAlert[];
  /** Show at most this many (most severe first, as the server orders them) and a count. */
  max?: number;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  /** False inside a listbox option, where nested list roles would confuse screen readers. */
  asList?: boolean;
};

export function AlertBadges({ alerts, max = alerts.length, size = 'sm', asList = true }: Props) {
  const { t } = useTranslation(patientsNamespace);
  if (alerts.length === 0) return null;
  const shown = alerts.slice(0, max);
  const hidden = alerts.length - shown.length;
  return (
    <Group gap={6} role={asList ? 'list' : undefined} aria-label={asList ? t('alerts.list') : undefined}>
      {shown.map((alert) => {
        const look = alertPresentation(alert, t);
        return (
          <Badge
            key={`${alert.kind}:${alert.label}`}
            role={asList ? 'listitem' : undefined}
            color={look.color}
            variant={look.variant}
            autoContrast
            size={size}
            // Mantine's xs badge sets 9 px text, too small to read: 11 px still fits its height.
            fz={size === 'xs' ? 11 : undefined}
            tt="none"
            leftSection={<span aria-hidden="true">{look.icon}</span>}
          >
            {look.text}
          </Badge>
        );
      })}
      {hidden > 0 && (
        <Badge role={asList ? 'listitem' : undefined} color="gray" variant="default" size={size} tt="none">
          {t('alerts.more', { count: hidden })}
        </Badge>
      )}
    </Group>
  );
}
