import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useCloseDay } from '../api/use-close-day.ts';
import { usePayments } from '../api/use-payments.ts';
import { billingNamespace } from '../i18n.ts';
import { MethodTotals } from './method-totals.tsx';

type Props = { date: string; dateLabel: string; format: LocaleFormat };

/** Admins and managers: freeze a day's totals after confirming them. */
export function CloseDayButton({ date, dateLabel, format }: Props) {
  const { t } = useTranslation(billingNamespace);
  const [opened, dialog] = useDisclosure(false);
  // All methods, whatever the page filters on: these are the figures the close freezes.
  const day = usePayments(date, undefined);
  const close = useCloseDay();
  const totals = day.data?.pages[0]?.totals;

  return (
    <>
      <Button color="red" onClick={dialog.open}>
        {t('payments.closeDay')}
      </Button>
      <Modal
        closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
        opened={opened}
        onClose={() => {
          close.reset();
          dialog.close();
        }}
        title={t('payments.closeTitle', { date: dateLabel })}
      >
        <Stack>
          <Text size="sm">{t('payments.closeBody')}</Text>
          {totals ? (
            <MethodTotals {...totals} format={format} label={t('payments.totalsLabel')} />
          ) : (
            <Loader size="sm" role="progressbar" aria-label={t('payments.loading')} />
          )}
          {close.isError && (
            <Alert color="red" role="alert">
              {apiErrorMessage(close.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={dialog.close}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button
              color="red"
              loading={close.isPending}
              disabled={!totals}
              onClick={() =>
                close.mutate(date, {
                  onSuccess: () => {
                    dialog.close();
                    notifications.show({
                      color: 'teal',
                      message: t('payments.closeDone', { date: dateLabel }),
                    });
                  },
                })
              }
            >
              {t('payments.closeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
