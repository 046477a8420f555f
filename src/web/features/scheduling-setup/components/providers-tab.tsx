import { Button, ColorSwatch, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Provider } from '../../../../shared/scheduling.ts';
import { useProviders } from '../../../api/scheduling-catalog.ts';
import { useMay } from '../../auth/index.ts';
import { useProviderUsers } from '../api/use-provider-users.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import { CatalogTable } from './catalog-table.tsx';
import { ColourLabel } from './colour-label.tsx';
import { ProviderForm } from './provider-form.tsx';
import { QueryState } from './query-state.tsx';
import { StatusBadge } from './status-badge.tsx';

type Editing = { provider: Provider | undefined } | null;

export function ProvidersTab() {
  const { t } = useTranslation(schedulingSetupNamespace);
  const providers = useProviders({ includeInactive: true });
  const users = useProviderUsers(useMay('users.read'));
  // The hours are edited on the provider's schedule page, which picks the provider from the URL.
  const mayEditHours = useMay('working_hours.manage');
  const [editing, setEditing] = useState<Editing>(null);
  const userNames = new Map((users.data ?? []).map((user) => [user.id, user.name]));

  function linkedUser(provider: Provider): string {
    if (!provider.userId) return t('providers.notLinked');
    return userNames.get(provider.userId) ?? t('providers.unknownUser');
  }

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setEditing({ provider: undefined })}>{t('providers.add')}</Button>
      </Group>
      <QueryState query={providers}>
        {(list) => (
          <CatalogTable
            label={t('providers.tableLabel')}
            headings={[
              t('providers.columns.name'),
              t('providers.columns.title'),
              t('providers.columns.colour'),
              t('providers.columns.user'),
              t('shared.status'),
              t('shared.actions'),
            ]}
            items={list}
            empty={t('providers.empty')}
            minWidth={860}
            cells={(provider) => (
              <>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <ColorSwatch color={provider.color} size={14} aria-hidden />
                    <Text fw={500}>{provider.name}</Text>
                  </Group>
                </Table.Td>
                <Table.Td>{provider.title}</Table.Td>
                <Table.Td>
                  <ColourLabel color={provider.color} />
                </Table.Td>
                <Table.Td>{linkedUser(provider)}</Table.Td>
                <Table.Td>
                  <StatusBadge active={provider.active} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setEditing({ provider })}
                      aria-label={t('providers.edit', { name: provider.name })}
                    >
                      {t('shared.edit')}
                    </Button>
                    {mayEditHours && (
                      <Button
                        size="xs"
                        variant="default"
                        component={Link}
                        to={`/my-schedule?provider=${encodeURIComponent(provider.id)}`}
                        aria-label={t('providers.hoursFor', { name: provider.name })}
                      >
                        {t('providers.hours')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </>
            )}
          />
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.provider ? t('providers.editTitle') : t('providers.createTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('shared.cancel') }}
      >
        {editing && <ProviderForm provider={editing.provider} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
