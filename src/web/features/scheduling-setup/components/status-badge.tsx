import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { schedulingSetupNamespace } from '../i18n.ts';

/** Active or inactive, in words as well as colour. */
export function StatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation(schedulingSetupNamespace);
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light">
      {active ? t('shared.active') : t('shared.inactive')}
    </Badge>
  );
}
