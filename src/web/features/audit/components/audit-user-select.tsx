import { Select } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../users/index.ts';
import { auditNamespace } from '../i18n.ts';

type Props = { value: string; onChange: (userId: string) => void };

/** Chooses a staff user by name (GET /users, every page: it is ordered by id, not by name). */
export function AuditUserSelect({ value, onChange }: Props) {
  const { t } = useTranslation(auditNamespace);
  const { t: tCommon } = useTranslation();
  const users = useUsers();
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = users;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  const loading = users.isPending || hasNextPage;
  const options = useMemo(() => {
    const listed = (users.data?.pages ?? [])
      .flatMap((page) => page.items)
      .map((user) => ({
        value: user.id,
        label: `${user.name} · ${tCommon(`roles.${user.role}`)}`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
    // A user from an older link (or a patient's login) keeps its filter visible.
    if (value !== '' && !loading && !listed.some((option) => option.value === value)) {
      listed.unshift({ value, label: t('filters.otherUser', { id: value.slice(0, 8) }) });
    }
    return listed;
  }, [users.data, value, loading, t, tCommon]);

  return (
    <Select
      label={t('filters.user')}
      placeholder={loading ? t('filters.usersLoading') : t('filters.userPlaceholder')}
      data={options}
      value={value === '' ? null : value}
      onChange={(userId) => onChange(userId ?? '')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('filters.clearValue', { field: t('filters.user') }) }}
      nothingFoundMessage={t('filters.noMatch')}
      error={users.isError ? tCommon('states.loadFailed') : undefined}
    />
  );
}
