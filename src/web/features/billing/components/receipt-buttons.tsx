import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { billingNamespace } from '../i18n.ts';
import { downloadPdf, printPdf, receiptPath } from './pdf-file.ts';

type Props = { paymentId: string; receiptNumber: number | null; size?: 'xs' | 'compact-sm' };

const modes = ['download', 'print'] as const;

/** Download and print a payment's receipt. */
export function ReceiptButtons({ paymentId, receiptNumber, size = 'compact-sm' }: Props) {
  const { t } = useTranslation(billingNamespace);
  const file = useMutation({
    mutationFn: (mode: (typeof modes)[number]) =>
      mode === 'print'
        ? printPdf(receiptPath(paymentId))
        : downloadPdf(receiptPath(paymentId), t('receipt.fileName', { id: receiptNumber ?? paymentId })),
  });
  const suffix = receiptNumber === null ? '' : ` ${receiptNumber}`;
  return (
    <Group gap={4} wrap="nowrap">
      {modes.map((each) => (
        <Button
          key={each}
          size={size}
          variant="default"
          loading={file.isPending && file.variables === each}
          onClick={() => file.mutate(each)}
          aria-label={`${t(`receipt.${each}`)}${suffix}`}
        >
          {t(`receipt.${each}`)}
        </Button>
      ))}
      {file.isError && (
        <Text size="sm" c="red.8" role="alert">
          {t('receipt.failed')} {apiErrorMessage(file.error)}
        </Text>
      )}
    </Group>
  );
}
