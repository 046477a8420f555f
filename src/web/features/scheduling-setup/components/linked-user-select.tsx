import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/users.ts';
import { schedulingSetupNamespace } from '../i18n.ts';

type Props = {
  users: User[] | undefined;
  failed: boolean;
  value: string | null;
  onChange: (userId: string | null) => void;
  error?: string | undefined;
};

/** Picks the provider-role login the provider is linked to, or none. */
export function LinkedUserSelect({ users, failed, value, onChange, error }: Props) {
  const { t } = useTranslation(schedulingSetupNamespace);
  if (failed) return <Text c="red.8">{t('providers.form.usersFailed')}</Text>;
  const options = (users ?? []).map((user) => ({
    value: user.id,
    label: user.active
      ? `${user.name} (${user.email})`
      : `${user.name} (${user.email}) — ${t('shared.inactive')}`,
  }));
  // A link to a login that is no longer listed (its role changed) stays visible until changed.
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: t('providers.unknownUser') });
  }
  return (
    <Select
      label={t('providers.form.user')}
      description={t('providers.form.userDescription')}
      placeholder={t('providers.form.userPlaceholder')}
      data={options}
      value={value}
      onChange={onChange}
      error={error}
      clearable
      searchable
      disabled={users === undefined}
    />
  );
}
