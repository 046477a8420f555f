import { Button, Group, Modal, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operatory } from '../../../../shared/scheduling.ts';
import { useOperatories } from '../../../api/scheduling-catalog.ts';
import { useUpdateOperatory } from '../api/use-update-operatory.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import { CatalogTable } from './catalog-table.tsx';
import { NewOperatoryForm } from './new-operatory-form.tsx';
import { OperatoryRenameForm } from './operatory-rename-form.tsx';
import { QueryState } from './query-state.tsx';
import { SaveErrorAlert } from './save-error-alert.tsx';
import { StatusBadge } from './status-badge.tsx';

export function OperatoriesTab() {
  const { t } = useTranslation(schedulingSetupNamespace);
  const operatories = useOperatories({ includeInactive: true });
  const update = useUpdateOperatory();
  const [renaming, setRenaming] = useState<Operatory | null>(null);

  function toggleActive(operatory: Operatory) {
    const active = !operatory.active;
    update.mutate(
      { id: operatory.id, changes: { active } },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: t(active ? 'operatories.reactivated' : 'operatories.deactivated', { name: saved.name }),
          }),
      },
    );
  }

  return (
    <Stack>
      <NewOperatoryForm />
      <SaveErrorAlert error={update.error} />
      <QueryState query={operatories}>
        {(list) => (
          <CatalogTable
            label={t('operatories.tableLabel')}
            headings={[t('shared.name'), t('shared.status'), t('shared.actions')]}
            items={list}
            empty={t('operatories.empty')}
            minWidth={560}
            cells={(operatory) => (
              <>
                <Table.Td>{operatory.name}</Table.Td>
                <Table.Td>
                  <StatusBadge active={operatory.active} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setRenaming(operatory)}
                      aria-label={t('operatories.renameLabel', { name: operatory.name })}
                    >
                      {t('operatories.rename')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => toggleActive(operatory)}
                      loading={update.isPending && update.variables.id === operatory.id}
                      aria-label={t(
                        operatory.active ? 'operatories.deactivateLabel' : 'operatories.reactivateLabel',
                        { name: operatory.name },
                      )}
                    >
                      {operatory.active ? t('operatories.deactivate') : t('operatories.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </>
            )}
          />
        )}
      </QueryState>
      <Modal
        opened={renaming !== null}
        onClose={() => setRenaming(null)}
        title={t('operatories.renameTitle')}
        closeButtonProps={{ 'aria-label': t('shared.cancel') }}
      >
        {renaming && <OperatoryRenameForm operatory={renaming} onDone={() => setRenaming(null)} />}
      </Modal>
    </Stack>
  );
}
