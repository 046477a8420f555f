import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentType } from '../../../../shared/scheduling.ts';
import { useAppointmentTypes, useProviders } from '../../../api/scheduling-catalog.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import { AppointmentTypeForm } from './appointment-type-form.tsx';
import { AppointmentTypesTable } from './appointment-types-table.tsx';
import { Loading, QueryState } from './query-state.tsx';

/** Which type the modal edits: a new one, an existing one, or none (closed). */
type Editing = { type: AppointmentType | undefined } | null;

export function AppointmentTypesTab() {
  const { t } = useTranslation(schedulingSetupNamespace);
  const types = useAppointmentTypes({ includeInactive: true });
  const providers = useProviders({ includeInactive: true });
  const format = useLocaleFormat();
  const [editing, setEditing] = useState<Editing>(null);
  const providerList = providers.data ?? [];

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setEditing({ type: undefined })} disabled={!format}>
          {t('types.add')}
        </Button>
      </Group>
      <QueryState query={types}>
        {(list) =>
          format ? (
            <AppointmentTypesTable
              types={list}
              providers={providerList}
              format={format}
              onEdit={(type) => setEditing({ type })}
            />
          ) : (
            <Loading />
          )
        }
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.type ? t('types.editTitle') : t('types.createTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('shared.cancel') }}
      >
        {editing && format && (
          <AppointmentTypeForm
            type={editing.type}
            providers={providerList}
            format={format}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
