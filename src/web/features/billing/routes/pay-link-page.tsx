import { Alert, Button, Loader, Stack, Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, isApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { formatDateTime, formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { AuthFrame } from '../../auth/index.ts';
import { usePayLink, useStartLinkCheckout } from '../api/use-pay-link.ts';
import { billingNamespace } from '../i18n.ts';

/** /pay/:token: what a payment link asks for, paid on Stripe's page; no login, initials only. */
export function PayLinkPage() {
  const { t, i18n } = useTranslation(billingNamespace);
  const { token = '' } = useParams();
  const link = usePayLink(token);
  const checkout = useStartLinkCheckout(token);

  if (link.isPending) {
    return (
      <AuthFrame title={t('pay.title')}>
        <Loader size="sm" role="progressbar" aria-label={t('pay.loading')} />
      </AuthFrame>
    );
  }
  if (link.isError) {
    const message = isApiError(link.error, 'link_expired')
      ? t('pay.expired')
      : link.error instanceof ApiError && link.error.status === 404
        ? t('pay.notFound')
        : apiErrorMessage(link.error);
    return (
      <AuthFrame title={t('pay.title')}>
        <Alert color="red" role="alert">
          {message}
        </Alert>
      </AuthFrame>
    );
  }

  const view = link.data;
  // A payer's own zone: the link may be opened anywhere, and no clinic setting is public.
  const format: LocaleFormat = {
    locale: i18n.resolvedLanguage ?? 'en',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    currency: view.currency,
  };
  return (
    <AuthFrame title={t('pay.title')}>
      <Stack gap={4} component="dl" m={0}>
        <Detail term={t('pay.clinic')}>{view.clinicName}</Detail>
        <Detail term={t('pay.patient')}>{view.patientInitials}</Detail>
        <Detail term={t('pay.amount')} fz="xl" fw={700} data-testid="pay-amount">
          {formatMoney(view.amountCents, format)}
        </Detail>
      </Stack>
      <Text size="sm">{t('pay.expires', { when: formatDateTime(view.expiresAt, format) })}</Text>
      {view.amountCents <= 0 ? (
        <Alert color="blue">{t('pay.nothingOwed')}</Alert>
      ) : !view.cardPaymentsAvailable ? (
        <Alert color="orange">
          {t('pay.cardsUnavailable')}
          {view.clinicPhone && <Text size="sm">{t('pay.callClinic', { phone: view.clinicPhone })}</Text>}
        </Alert>
      ) : (
        <Button
          size="md"
          loading={checkout.isPending || checkout.isSuccess}
          onClick={() =>
            checkout.mutate(undefined, {
              onSuccess: ({ checkoutUrl }) => window.location.assign(checkoutUrl),
            })
          }
        >
          {t('pay.payByCard')}
        </Button>
      )}
      {checkout.isError && (
        <Alert color="red" role="alert">
          {isApiError(checkout.error, 'link_expired') ? t('pay.expired') : apiErrorMessage(checkout.error)}
        </Alert>
      )}
    </AuthFrame>
  );
}

type DetailProps = TextProps & { term: string; children: ReactNode; 'data-testid'?: string };

/** One term and its value in the link's description list. */
function Detail({ term, children, ...valueProps }: DetailProps) {
  return (
    <>
      <Text component="dt" size="sm" fw={700}>
        {term}
      </Text>
      <Text component="dd" m={0} {...valueProps}>
        {children}
      </Text>
    </>
  );
}
