import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaitlistEntry, WaitlistOffer } from '../../../../shared/waitlist.ts';
import { formatDateTime, type LocaleFormat } from '../../../i18n/format.ts';
import { useWaitlistOffers } from '../api/use-waitlist-offers.ts';
import { waitlistNamespace } from '../i18n.ts';
import { acceptErrorMessage } from './accept-error-message.ts';
import type { Booking } from './booking.ts';
import { formatVisit } from './waitlist-dates.ts';

type Props = {
  entry: WaitlistEntry;
  patientName: string;
  providerName: (providerId: string) => string;
  format: LocaleFormat;
  booking: Booking;
};

// Offers worth showing one by one: the ones that can still be booked and the one that was.
const shown = new Set<WaitlistOffer['status']>(['open', 'accepted']);

/** The times offered to one request, each open one bookable with one click. */
export function OffersList({ entry, patientName, providerName, format, booking }: Props) {
  const { t } = useTranslation(waitlistNamespace);
  const offers = useWaitlistOffers(entry.id);
  const failure = booking.failure?.entryId === entry.id ? booking.failure : undefined;

  if (offers.isPending) return <Loader size="xs" role="progressbar" aria-label={t('loading')} />;
  if (offers.isError) return <Text c="red.8">{t('offers.loadFailed')}</Text>;

  const visible = offers.data.filter((offer) => shown.has(offer.status));
  const past = offers.data.length - visible.length;

  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {t('offers.heading')}
      </Title>
      {failure && (
        <Alert color="red" title={t('errors.bookFailed')} role="alert">
          {acceptErrorMessage(failure.error, t)}
        </Alert>
      )}
      {visible.length === 0 && entry.status === 'waiting' && <Text size="sm">{t('offers.none')}</Text>}
      {visible.map((offer) => {
        const time = formatVisit(offer.start, offer.end, format);
        return (
          <Paper key={offer.id} withBorder p="sm">
            <Group justify="space-between" wrap="wrap">
              <Stack gap={2}>
                <Text fw={500}>{time}</Text>
                <Text size="sm">
                  {t('offers.withProvider', { provider: providerName(offer.providerId) })}
                  {offer.status === 'open' &&
                    ` · ${t('offers.expires', { time: formatDateTime(offer.expiresAt, format) })}`}
                </Text>
              </Stack>
              {offer.status === 'open' && entry.status === 'waiting' ? (
                <Button
                  onClick={() => booking.book(entry, offer, patientName)}
                  loading={booking.pendingOfferId === offer.id}
                  disabled={booking.pendingOfferId !== undefined}
                  aria-label={t('offers.bookLabel', { time, patient: patientName })}
                >
                  {t('offers.book')}
                </Button>
              ) : (
                <Badge color={offer.status === 'accepted' ? 'teal' : 'gray'} variant="light">
                  {t(`offers.status.${offer.status}`)}
                </Badge>
              )}
            </Group>
          </Paper>
        );
      })}
      {past > 0 && <Text size="sm">{t('offers.pastCount', { count: past })}</Text>}
    </Stack>
  );
}
