import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Holiday } from '../../../../shared/scheduling.ts';
import { useHolidays } from '../../../api/scheduling-catalog.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { useDeleteHoliday } from '../api/use-delete-holiday.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import { CatalogTable } from './catalog-table.tsx';
import { formatHolidayDate, upcomingHolidays } from './holiday-dates.ts';
import { NewHolidayForm } from './new-holiday-form.tsx';
import { Loading, QueryState } from './query-state.tsx';
import { SaveErrorAlert } from './save-error-alert.tsx';

export function HolidaysTab() {
  const { t } = useTranslation(schedulingSetupNamespace);
  const holidays = useHolidays();
  const remove = useDeleteHoliday();
  const format = useLocaleFormat();
  const [confirming, setConfirming] = useState<Holiday | null>(null);

  function confirmDelete(holiday: Holiday) {
    remove.mutate(holiday.id, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('holidays.deleted', { name: holiday.name }) });
        setConfirming(null);
      },
    });
  }

  return (
    <Stack>
      <NewHolidayForm />
      <QueryState query={holidays}>
        {(all) => {
          if (!format) return <Loading />;
          const upcoming = upcomingHolidays(all, format.timeZone);
          return (
            <CatalogTable
              label={t('holidays.listLabel')}
              headings={[t('holidays.columns.date'), t('holidays.columns.name'), t('shared.actions')]}
              items={upcoming}
              empty={t('holidays.empty')}
              minWidth={560}
              cells={(holiday) => (
                <>
                  <Table.Td>
                    <time dateTime={holiday.date}>{formatHolidayDate(holiday.date, format)}</time>
                  </Table.Td>
                  <Table.Td>{holiday.name}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => {
                        remove.reset();
                        setConfirming(holiday);
                      }}
                      aria-label={t('holidays.deleteLabel', { name: holiday.name })}
                    >
                      {t('holidays.delete')}
                    </Button>
                  </Table.Td>
                </>
              )}
            />
          );
        }}
      </QueryState>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('holidays.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('shared.cancel') }}
      >
        {confirming && format && (
          <Stack>
            <SaveErrorAlert error={remove.error} title={t('errors.deleteFailed')} />
            <Text>
              {t('holidays.confirmBody', {
                date: formatHolidayDate(confirming.date, format),
                name: confirming.name,
              })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('shared.cancel')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => confirmDelete(confirming)}>
                {t('holidays.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
