import type { WaitlistEntry, WaitlistOffer } from '../../../../shared/waitlist.ts';

/** The page's one booking action, handed to every request's card. */
export type Booking = {
  book: (entry: WaitlistEntry, offer: WaitlistOffer, patientName: string) => void;
  /** The offer being booked now, if any: one booking at a time. */
  pendingOfferId: string | undefined;
  /** The last failed booking, shown on its request's card. */
  failure: { entryId: string; error: unknown } | undefined;
};
