import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { paymentMethods, type MethodTotals as Totals } from '../../../../shared/billing.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { billingNamespace } from '../i18n.ts';

type Props = {
  byMethod: Totals;
  paymentsCents: number;
  refundsCents: number;
  format: LocaleFormat;
  /** Extra figures of a closed day. */
  extra?: { label: string; cents: number }[];
  label: string;
};

/** Totals by method, then payments, refunds and what the day netted, as a labelled list. */
export function MethodTotals({ byMethod, paymentsCents, refundsCents, format, extra = [], label }: Props) {
  const { t } = useTranslation(billingNamespace);
  const figures = [
    ...paymentMethods.map((method) => ({
      key: method,
      label: t(`payment.methods.${method}`),
      cents: byMethod[method],
    })),
    { key: 'payments', label: t('payments.totalPayments'), cents: paymentsCents },
    { key: 'refunds', label: t('payments.totalRefunds'), cents: refundsCents },
    { key: 'net', label: t('payments.net'), cents: paymentsCents - refundsCents },
    ...extra.map((figure) => ({ key: figure.label, ...figure })),
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="xs" m={0} aria-label={label}>
      {figures.map((figure) => (
        <div key={figure.key} data-total={figure.key}>
          <Text component="dt" size="xs">
            {figure.label}
          </Text>
          <Text component="dd" m={0} fw={600}>
            {formatMoney(figure.cents, format)}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
