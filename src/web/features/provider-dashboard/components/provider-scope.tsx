import { Alert, Select, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Provider } from '../../../../shared/scheduling.ts';
import { useProviders } from '../../../api/scheduling-catalog.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useSession } from '../../auth/index.ts';
import { providerDashboardNamespace } from '../i18n.ts';
import { LoadFailure } from './load-failure.tsx';
import { resolveScheduleOwner } from './schedule-owner.ts';

type Props = {
  /** What the page is for, which the prompt to choose a provider says. */
  purpose: 'day' | 'schedule';
  children: (provider: Provider) => ReactNode;
};

const providerParam = 'provider';

/**
 * Decides whose day or hours the page shows: a provider's own, or (for admins, managers and
 * the desk) the provider picked from a list and kept in the URL, so a reload keeps the choice.
 */
export function ProviderScope({ purpose, children }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  const session = useSession();
  const providers = useProviders({ includeInactive: true });
  const [params, setParams] = useSearchParams();

  if (session.status !== 'signed-in' || providers.isPending) return <PageLoader />;
  if (providers.isError) {
    return <LoadFailure title={t('owner.loadFailed')} error={providers.error} onRetry={providers.refetch} />;
  }
  const owner = resolveScheduleOwner(session.user, providers.data, params.get(providerParam));
  if (owner.kind === 'unlinked') {
    return (
      <Alert color="yellow" title={t('owner.unlinkedTitle')}>
        {t('owner.unlinkedBody')}
      </Alert>
    );
  }
  if (owner.kind === 'own') return children(owner.provider);

  function choose(id: string | null) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set(providerParam, id);
        else next.delete(providerParam);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <Stack>
      {owner.options.length === 0 ? (
        <Text>{t('owner.noProviders')}</Text>
      ) : (
        <Select
          label={t('owner.provider')}
          placeholder={t('owner.choose')}
          data={owner.options.map((provider) => ({
            value: provider.id,
            label: provider.active ? provider.name : t('owner.inactive', { name: provider.name }),
          }))}
          value={owner.selected?.id ?? null}
          onChange={choose}
          searchable
          w={320}
        />
      )}
      {owner.selected
        ? children(owner.selected)
        : owner.options.length > 0 && (
            <Text>{t(purpose === 'day' ? 'owner.chooseForDay' : 'owner.chooseForSchedule')}</Text>
          )}
    </Stack>
  );
}
