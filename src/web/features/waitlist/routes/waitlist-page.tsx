import { Alert, Button, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type WaitlistEntryStatus, waitlistEntryStatuses } from '../../../../shared/waitlist.ts';
import { useAppointmentTypes, useProviders } from '../../../api/scheduling-catalog.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { useWaitlist } from '../api/use-waitlist.ts';
import { AddToWaitlistModal } from '../components/add-to-waitlist-modal.tsx';
import { EntryCard } from '../components/entry-card.tsx';
import { useWaitlistBooking } from '../components/use-waitlist-booking.ts';
import type { WaitlistPrefill } from '../components/waitlist-entry-form.tsx';
import { waitlistNamespace } from '../i18n.ts';

function isStatus(value: string | null): value is WaitlistEntryStatus {
  return waitlistEntryStatuses.some((status) => status === value);
}

/** /waitlist: open requests with the times offered to them, booked with one click. */
export function WaitlistPage() {
  const { t } = useTranslation(waitlistNamespace);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('status');
  const status: WaitlistEntryStatus = isStatus(requested) ? requested : 'waiting';
  const entries = useWaitlist(status);
  const types = useAppointmentTypes({ includeInactive: true });
  const providers = useProviders({ includeInactive: true });
  const format = useLocaleFormat();
  const booking = useWaitlistBooking(format);
  const [adding, setAdding] = useState<WaitlistPrefill | null>(null);

  const typeNames = new Map((types.data ?? []).map((type) => [type.id, type.name]));
  const providerNames = new Map((providers.data ?? []).map((provider) => [provider.id, provider.name]));
  const typeName = (id: string) => typeNames.get(id) ?? '—';
  const providerName = (id: string) => providerNames.get(id) ?? '—';

  function selectStatus(value: string) {
    if (!isStatus(value)) return;
    booking.clear();
    setSearchParams({ status: value }, { replace: true });
  }

  // Requests booked here lead the waiting view, though the server's waiting list no longer has them.
  const bookedIds = new Set(booking.booked.map((item) => item.entry.id));
  const listed = (entries.data?.pages ?? [])
    .flatMap((page) => page.items)
    .filter((entry) => !bookedIds.has(entry.id));
  const shown = status === 'waiting' ? [...booking.booked.map((item) => item.entry), ...listed] : listed;
  const bookedOffers = new Map(booking.booked.map((item) => [item.entry.id, item.offer]));

  return (
    <Stack maw={960}>
      <Group justify="space-between" align="center">
        <Title order={2}>{t('title')}</Title>
        <Button onClick={() => setAdding({})}>{t('add.open')}</Button>
      </Group>
      <Text>{t('intro')}</Text>
      <AddToWaitlistModal prefill={adding} onClose={() => setAdding(null)} />
      <SegmentedControl
        aria-label={t('filterLabel')}
        value={status}
        onChange={selectStatus}
        data={waitlistEntryStatuses.map((value) => ({ value, label: t(`filter.${value}`) }))}
        w="fit-content"
      />
      {entries.isPending || !format ? (
        <Loader size="sm" role="progressbar" aria-label={t('loading')} />
      ) : entries.isError ? (
        <Alert color="red" title={t('loadFailed')}>
          <Button variant="light" color="red" onClick={() => entries.refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      ) : shown.length === 0 ? (
        <Text>{t(`empty.${status}`)}</Text>
      ) : (
        <Stack component="section" aria-label={t('listLabel')}>
          {shown.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              bookedOffer={bookedOffers.get(entry.id)}
              typeName={typeName}
              providerName={providerName}
              format={format}
              booking={booking}
            />
          ))}
          {entries.hasNextPage && (
            <Button
              variant="default"
              onClick={() => entries.fetchNextPage()}
              loading={entries.isFetchingNextPage}
              w="fit-content"
            >
              {t('loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
