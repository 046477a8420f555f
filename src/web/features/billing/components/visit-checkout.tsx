import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatientSummary } from '../../../../shared/patients.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { useMay } from '../../auth/index.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { usePatient } from '../../patients/index.ts';
import { useLedger } from '../api/use-ledger.ts';
import { billingNamespace } from '../i18n.ts';
import { TakePaymentModal } from './take-payment-modal.tsx';

type Props = {
  appointmentId: string;
  patientId: string;
  /** Opens the booking flow for this patient's next visit; hidden when not given. */
  onBookNext?: (patient: PatientSummary) => void;
};

/** The checkout step of a completed visit: its charges, the patient's balance, payment, the next visit. */
export function VisitCheckout({ appointmentId, patientId, onBookNext }: Props) {
  const { t } = useTranslation(billingNamespace);
  const mayRead = useMay('billing.read');
  const mayTake = useMay('payments.take');
  const ledger = useLedger(patientId);
  const patient = usePatient(patientId);
  const clinicFormat = useLocaleFormat();
  const [paying, setPaying] = useState(false);
  if (!mayRead) return null;

  let body: ReactNode;
  if (ledger.isError) {
    body = (
      <Text size="sm" c="red.8" role="alert">
        {apiErrorMessage(ledger.error)}
      </Text>
    );
  } else if (ledger.isPending || !clinicFormat) {
    body = <Loader size="sm" role="progressbar" aria-label={t('tab.loading')} />;
  } else {
    const format: LocaleFormat = { ...clinicFormat, currency: ledger.data.currency };
    const charges = ledger.data.entries.filter(
      (entry) => entry.kind === 'charge' && entry.appointmentId === appointmentId,
    );
    body = (
      <>
        <Text size="sm" fw={600}>
          {t('checkout.charges')}
        </Text>
        {charges.length === 0 ? (
          <Text size="sm">{t('checkout.noCharges')}</Text>
        ) : (
          <Stack gap={2} component="ul" m={0} pl="md">
            {charges.map((entry) => (
              <li key={entry.id} data-checkout-charge={entry.id}>
                <Text size="sm">
                  {entry.description}: {formatMoney(entry.amountCents, format)}
                  {entry.reversesEntryId ? ` (${t('ledger.reversal')})` : ''}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        <Text fw={700} data-testid="checkout-balance">
          {t('checkout.balance', { amount: formatMoney(ledger.data.balanceCents, format) })}
        </Text>
        {paying && (
          <TakePaymentModal
            patientId={patientId}
            owedCents={Math.max(0, ledger.data.balanceCents)}
            format={format}
            opened
            onClose={() => setPaying(false)}
          />
        )}
      </>
    );
  }

  const summary = patient.data ? summaryOf(patient.data) : null;
  return (
    <Card withBorder component="section" aria-labelledby={`checkout-${appointmentId}`} p="sm">
      <Stack gap="xs">
        <Title order={3} size="h5" id={`checkout-${appointmentId}`}>
          {t('checkout.title')}
        </Title>
        {body}
        <Group gap="xs">
          {mayTake && (
            <Button size="compact-md" onClick={() => setPaying(true)} disabled={!ledger.data}>
              {t('checkout.takePayment')}
            </Button>
          )}
          {onBookNext && summary && (
            <Button size="compact-md" variant="default" onClick={() => onBookNext(summary)}>
              {t('checkout.bookNext')}
            </Button>
          )}
          <Anchor component={Link} to={`/patients/${encodeURIComponent(patientId)}?tab=billing`} size="sm">
            {t('checkout.openBilling')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

function summaryOf(patient: PatientSummary): PatientSummary {
  const { id, firstName, lastName, preferredName, dateOfBirth, email, phone, archived, alerts } = patient;
  return { id, firstName, lastName, preferredName, dateOfBirth, email, phone, archived, alerts };
}
