import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitlistEntry, WaitlistOffer } from '../../../../shared/waitlist.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { useAcceptOffer } from '../api/use-accept-offer.ts';
import { waitlistNamespace } from '../i18n.ts';
import type { Booking } from './booking.ts';
import { formatVisit } from './waitlist-dates.ts';

export type BookedRequest = { entry: WaitlistEntry; offer: WaitlistOffer };

/**
 * Books offers for the whole page. It lives in the page, not in a request's card, because the
 * refetched waiting list drops a booked request (and its card) while the answer is handled; the
 * requests booked here are kept so they stay in view, marked booked.
 */
export function useWaitlistBooking(
  format: LocaleFormat | null,
): Booking & { booked: BookedRequest[]; clear: () => void } {
  const { t } = useTranslation(waitlistNamespace);
  const accept = useAcceptOffer();
  const [booked, setBooked] = useState<BookedRequest[]>([]);

  function book(entry: WaitlistEntry, offer: WaitlistOffer, patientName: string) {
    accept.mutate(
      { offerId: offer.id, entryId: entry.id },
      {
        onSuccess: ({ offer: accepted, appointment }) => {
          const fulfilled: WaitlistEntry = { ...entry, status: 'fulfilled', appointmentId: appointment.id };
          setBooked((current) => [
            { entry: fulfilled, offer: accepted },
            ...current.filter((item) => item.entry.id !== entry.id),
          ]);
          if (format) {
            notifications.show({
              color: 'teal',
              message: t('offers.booked', {
                patient: patientName,
                time: formatVisit(accepted.start, accepted.end, format),
              }),
            });
          }
        },
      },
    );
  }

  return {
    book,
    pendingOfferId: accept.isPending ? accept.variables.offerId : undefined,
    failure: accept.isError ? { entryId: accept.variables.entryId, error: accept.error } : undefined,
    booked,
    clear: () => {
      setBooked([]);
      accept.reset();
    },
  };
}
