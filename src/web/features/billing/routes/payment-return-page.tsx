import { Alert, Anchor, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { AuthFrame, useMay, useSession } from '../../auth/index.ts';
import { usePayment } from '../api/use-payment.ts';
import { billingNamespace } from '../i18n.ts';

// How long the page waits on the webhook before saying the payment will show up later.
const patienceMs = 30_000;

/**
 * /payments/return: where Stripe Checkout sends the payer back. Someone signed in sees the
 * payment settle (the webhook, not this redirect, settles it); an anonymous link payer gets a
 * thank-you without any account data.
 */
export function PaymentReturnPage() {
  const { t } = useTranslation(billingNamespace);
  const [params] = useSearchParams();
  const paymentId = params.get('payment') ?? undefined;
  const outcome = params.get('outcome');
  const session = useSession();

  if (outcome === 'cancelled') {
    return (
      <AuthFrame title={t('paymentReturn.title')}>
        <Alert color="orange">{t('paymentReturn.cancelled')}</Alert>
      </AuthFrame>
    );
  }
  if (session.status === 'restoring') {
    return (
      <AuthFrame title={t('paymentReturn.title')}>
        <Loader size="sm" role="progressbar" aria-label={t('paymentReturn.waiting')} />
      </AuthFrame>
    );
  }
  if (session.status === 'signed-out' || !paymentId) {
    return (
      <AuthFrame title={t('pay.thanksTitle')}>
        <Text role="status">{t('pay.thanks')}</Text>
      </AuthFrame>
    );
  }
  return <SettlingPayment paymentId={paymentId} />;
}

function SettlingPayment({ paymentId }: { paymentId: string }) {
  const { t, i18n } = useTranslation(billingNamespace);
  const payment = usePayment(paymentId, { pollWhilePending: true });
  const mayOpenChart = useMay('patients.search');
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), patienceMs);
    return () => clearTimeout(timer);
  }, []);

  if (payment.isError) {
    // Not this user's to see (a patient paying a relative's link): thank them all the same.
    return (
      <AuthFrame title={t('pay.thanksTitle')}>
        <Text role="status">{t('pay.thanks')}</Text>
      </AuthFrame>
    );
  }
  const data = payment.data;
  const format: LocaleFormat | null = data
    ? {
        locale: i18n.resolvedLanguage ?? 'en',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        currency: data.currency,
      }
    : null;
  return (
    <AuthFrame title={t('paymentReturn.title')}>
      <div role="status" aria-live="polite">
        {!data || data.status === 'pending' ? (
          <>
            <Loader size="sm" aria-hidden="true" />
            <Text>{slow ? t('paymentReturn.stillPending') : t('paymentReturn.waiting')}</Text>
          </>
        ) : data.status === 'succeeded' && format ? (
          <Alert color="teal">
            {t('paymentReturn.succeeded', {
              amount: formatMoney(data.amountCents, format),
              receipt: data.receiptNumber ?? '—',
            })}
          </Alert>
        ) : (
          <Alert color="red">
            {data.status === 'cancelled' ? t('paymentReturn.cancelled') : t('paymentReturn.failed')}
          </Alert>
        )}
      </div>
      {data && mayOpenChart && (
        <Anchor component={Link} to={`/patients/${encodeURIComponent(data.patientId)}?tab=billing`}>
          {t('paymentReturn.back')}
        </Anchor>
      )}
    </AuthFrame>
  );
}
