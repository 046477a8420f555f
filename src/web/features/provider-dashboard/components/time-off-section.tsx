import { Alert, Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { dateTimeFormat, type LocaleFormat } from '../../../i18n/format.ts';
import { useDeleteTimeOff } from '../api/use-delete-time-off.ts';
import { useTimeOff } from '../api/use-time-off.ts';
import { providerDashboardNamespace } from '../i18n.ts';
import { problemMessage } from './dashboard-problem.ts';
import { LoadFailure } from './load-failure.tsx';
import { showDone } from './show-done.ts';
import { TimeOffForm } from './time-off-form.tsx';

type Props = { providerId: string; format: LocaleFormat };

/** Dec 5, 2026, 8:00 AM – 12:00 PM: the date once when an absence starts and ends the same day. */
function formatInstantRange(start: string, end: string, format: LocaleFormat): string {
  return dateTimeFormat(format, { dateStyle: 'medium', timeStyle: 'short' }).formatRange(
    new Date(start),
    new Date(end),
  );
}

export function TimeOffSection({ providerId, format }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  const timeOff = useTimeOff(providerId);
  const remove = useDeleteTimeOff(providerId);

  function deleteOne(id: string) {
    remove.mutate(id, {
      onSuccess: () => showDone(t('timeOff.deleted'), t),
    });
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="time-off-heading">
      <Title order={3} id="time-off-heading">
        {t('timeOff.title')}
      </Title>
      <Text size="sm">{t('timeOff.help', { timeZone: format.timeZone })}</Text>
      {remove.isError && (
        <Alert color="red" title={t('timeOff.notDeleted')}>
          {problemMessage(remove.error, t)}
        </Alert>
      )}
      {timeOff.isPending ? (
        <PageLoader />
      ) : timeOff.isError ? (
        <LoadFailure title={t('timeOff.loadFailed')} error={timeOff.error} onRetry={timeOff.refetch} />
      ) : timeOff.data.items.length === 0 ? (
        <Text size="sm">{t('timeOff.empty')}</Text>
      ) : (
        <Table aria-label={t('timeOff.listLabel')} maw={900} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('timeOff.when')}</Table.Th>
              <Table.Th>{t('timeOff.reason')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('timeOff.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {timeOff.data.items.map((entry) => {
              const when = formatInstantRange(entry.start, entry.end, format);
              return (
                <Table.Tr key={entry.id}>
                  <Table.Td>{when}</Table.Td>
                  <Table.Td>
                    {entry.reason ?? (
                      <Text span size="sm">
                        {t('timeOff.noReason')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      aria-label={t('timeOff.deleteLabel', { when })}
                      loading={remove.isPending && remove.variables === entry.id}
                      onClick={() => deleteOne(entry.id)}
                    >
                      {t('timeOff.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <TimeOffForm providerId={providerId} timeZone={format.timeZone} />
    </Stack>
  );
}
