import type { WaitlistEntryStatus } from '../../../../shared/waitlist.ts';

export const waitlistQueryKeys = {
  all: ['waitlist'] as const,
  list: (status: WaitlistEntryStatus) => ['waitlist', 'list', status] as const,
  offers: (entryId: string) => ['waitlist', 'offers', entryId] as const,
  // Under the waitlist's own root: the patients feature keeps its cache to itself.
  patient: (patientId: string) => ['waitlist', 'patient', patientId] as const,
};
