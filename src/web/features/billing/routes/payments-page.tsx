import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Temporal } from 'temporal-polyfill';
import { type PaymentMethod, paymentMethods } from '../../../../shared/billing.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { dateTimeFormat, type LocaleFormat } from '../../../i18n/format.ts';
import { useMay } from '../../auth/index.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { useDayCloses } from '../api/use-day-closes.ts';
import { usePayments } from '../api/use-payments.ts';
import { CloseDayButton } from '../components/close-day-button.tsx';
import { ClosedDays } from '../components/closed-days.tsx';
import { MethodTotals } from '../components/method-totals.tsx';
import { PaymentsTable } from '../components/payments-table.tsx';
import { billingNamespace } from '../i18n.ts';

const isMethod = (value: string | null): value is PaymentMethod =>
  paymentMethods.some((method) => method === value);

function isDate(value: string | null): value is string {
  if (!value) return false;
  try {
    Temporal.PlainDate.from(value);
    return /^\d{4}-\d{2}-\d{2}$/.test(value);
  } catch {
    return false;
  }
}

/** /payments: one clinic-local day's payments and refunds with totals by method, and the day close. */
export function PaymentsPage() {
  const { t } = useTranslation(billingNamespace);
  const format = useLocaleFormat();
  if (!format) return <Loader size="sm" role="progressbar" aria-label={t('payments.loading')} />;
  return <PaymentsOfDay format={format} />;
}

function PaymentsOfDay({ format }: { format: LocaleFormat }) {
  const { t } = useTranslation(billingNamespace);
  const [params, setParams] = useSearchParams();
  const today = Temporal.Now.plainDateISO(format.timeZone).toString();
  const requestedDate = params.get('date');
  const date = isDate(requestedDate) ? requestedDate : today;
  const requestedMethod = params.get('method');
  const method = isMethod(requestedMethod) ? requestedMethod : undefined;
  const payments = usePayments(date, method);
  const closes = useDayCloses();
  const mayClose = useMay('day_close.close');

  const dateLabel = (value: string) =>
    dateTimeFormat({ ...format, timeZone: 'UTC' }, { dateStyle: 'full' }).format(
      new Date(`${value}T12:00:00Z`),
    );
  const closed = closes.data?.items.find((close) => close.date === date);
  const currency = payments.data?.pages[0]?.currency ?? format.currency;
  const moneyFormat: LocaleFormat = { ...format, currency };

  function update(change: Record<string, string | undefined>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  }

  const items = (payments.data?.pages ?? []).flatMap((page) => page.items);
  const totals = payments.data?.pages[0]?.totals;

  return (
    <Stack maw={1100}>
      <Title order={2}>{t('payments.title')}</Title>
      <Text>{t('payments.intro')}</Text>
      <Group align="flex-end" gap="sm">
        <TextInput
          type="date"
          label={t('payments.date')}
          value={date}
          onChange={(event) => update({ date: event.currentTarget.value || undefined })}
        />
        <Select
          label={t('payments.method')}
          value={method ?? 'all'}
          onChange={(value) => update({ method: value && value !== 'all' ? value : undefined })}
          allowDeselect={false}
          data={[
            { value: 'all', label: t('payments.allMethods') },
            ...paymentMethods.map((value) => ({ value, label: t(`payment.methods.${value}`) })),
          ]}
        />
        {closed ? (
          <Badge
            data-testid="day-closed"
            size="lg"
            color="dark"
            variant="outline"
            tt="none"
            leftSection={<span aria-hidden="true">🔒</span>}
          >
            {t('payments.closed')}
          </Badge>
        ) : (
          mayClose &&
          closes.isSuccess && <CloseDayButton date={date} dateLabel={dateLabel(date)} format={moneyFormat} />
        )}
      </Group>
      <Title order={3} size="h4">
        {dateLabel(date)}
      </Title>
      {closed && (
        <Text size="sm">
          {t('payments.closedBy', {
            name: closed.closedByName ?? '—',
            when: dateTimeFormat(format, { dateStyle: 'medium', timeStyle: 'short' }).format(
              new Date(closed.closedAt),
            ),
          })}
        </Text>
      )}
      {payments.isPending ? (
        <Loader size="sm" role="progressbar" aria-label={t('payments.loading')} />
      ) : payments.isError ? (
        <Alert color="red" title={t('payments.loadFailed')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{apiErrorMessage(payments.error)}</Text>
            <Button variant="default" onClick={() => payments.refetch()}>
              {t('tab.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          {totals && (
            <Card withBorder component="section" aria-labelledby="payments-totals-title">
              <Stack gap="xs">
                <Title order={4} size="h5" id="payments-totals-title">
                  {t('payments.totals')}
                </Title>
                <MethodTotals {...totals} format={moneyFormat} label={t('payments.totalsLabel')} />
              </Stack>
            </Card>
          )}
          {items.length === 0 ? (
            <Text>{t('payments.empty')}</Text>
          ) : (
            <PaymentsTable payments={items} format={moneyFormat} />
          )}
          {payments.hasNextPage && (
            <Button
              variant="default"
              w="fit-content"
              loading={payments.isFetchingNextPage}
              onClick={() => payments.fetchNextPage()}
            >
              {t('payments.loadMore')}
            </Button>
          )}
        </>
      )}
      <Title order={3} size="h4">
        {t('payments.closedDays')}
      </Title>
      {closes.isError ? (
        <Text size="sm" c="red.8" role="alert">
          {apiErrorMessage(closes.error)}
        </Text>
      ) : closes.isPending ? (
        <Loader size="sm" role="progressbar" aria-label={t('payments.loading')} />
      ) : (
        <ClosedDays closes={closes.data.items} format={moneyFormat} dateLabel={dateLabel} />
      )}
    </Stack>
  );
}
