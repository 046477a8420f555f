import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitlistEntry, WaitlistOffer } from '../../../../shared/waitlist.ts';
import { formatDateTime, type LocaleFormat } from '../../../i18n/format.ts';
import { useWaitlistPatient } from '../api/use-waitlist-patient.ts';
import { waitlistNamespace } from '../i18n.ts';
import type { Booking } from './booking.ts';
import { OffersList } from './offers-list.tsx';
import { formatDateWindow, formatVisit } from './waitlist-dates.ts';

type Props = {
  entry: WaitlistEntry;
  /** The offer booked from this page just now, if any: the list refetches without it. */
  bookedOffer: WaitlistOffer | undefined;
  typeName: (typeId: string) => string;
  providerName: (providerId: string) => string;
  format: LocaleFormat;
  booking: Booking;
};

const statusColours = { waiting: 'blue', fulfilled: 'teal', withdrawn: 'gray' } as const;

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" fw={700} tt="uppercase">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** One request: who waits, for what, when they can come, and the times offered to them. */
export function EntryCard({ entry, bookedOffer, typeName, providerName, format, booking }: Props) {
  const { t } = useTranslation(waitlistNamespace);
  const patient = useWaitlistPatient(entry.patientId);
  const patientName = patient.data
    ? `${patient.data.firstName} ${patient.data.lastName}`
    : patient.isPending
      ? t('entry.patientLoading')
      : t('entry.unknownPatient');
  const headingId = `waitlist-entry-${entry.id}`;

  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id={headingId}>
            {patientName}
          </Title>
          <Badge color={statusColours[entry.status]} variant="light">
            {t(`entry.status.${entry.status}`)}
          </Badge>
        </Group>
        {bookedOffer && (
          <Text fw={500}>
            {t('entry.bookedFor', { time: formatVisit(bookedOffer.start, bookedOffer.end, format) })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Detail label={t('entry.type')}>{typeName(entry.appointmentTypeId)}</Detail>
          <Detail label={t('entry.provider')}>
            {entry.providerId ? providerName(entry.providerId) : t('entry.anyProvider')}
          </Detail>
          <Detail label={t('entry.window')}>{formatDateWindow(entry.from, entry.to, format.locale)}</Detail>
        </SimpleGrid>
        {entry.notes && <Detail label={t('entry.notes')}>{entry.notes}</Detail>}
        <Text size="sm">{t('entry.waitingSince', { date: formatDateTime(entry.createdAt, format) })}</Text>
        <OffersList
          entry={entry}
          patientName={patientName}
          providerName={providerName}
          format={format}
          booking={booking}
        />
      </Stack>
    </Card>
  );
}
