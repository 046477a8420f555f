import { z } from 'zod';
import { IsoDate } from './auth.ts';
import { Appointment } from './scheduling.ts';

/** The longest stretch of dates one entry may wait for. */
export const maxWaitlistDays = 366;

export const waitlistEntryStatuses = ['waiting', 'fulfilled', 'withdrawn'] as const;
export const WaitlistEntryStatus = z.enum(waitlistEntryStatuses);
export type WaitlistEntryStatus = z.infer<typeof WaitlistEntryStatus>;

export const WaitlistEntry = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  appointmentTypeId: z.uuid(),
  providerId: z.uuid().nullable().describe('Null: any provider who offers the type'),
  from: z.string().describe('First local date the patient could come'),
  to: z.string().describe('Last local date the patient could come'),
  notes: z.string().nullable(),
  status: WaitlistEntryStatus,
  appointmentId: z.uuid().nullable().describe('The visit booked from an accepted offer'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WaitlistEntry = z.infer<typeof WaitlistEntry>;

export const CreateWaitlistEntryInput = z
  .strictObject({
    patientId: z.uuid('Not a patient id'),
    appointmentTypeId: z.uuid('Not an appointment type id'),
    providerId: z.uuid('Not a provider id').nullable().optional(),
    from: IsoDate,
    to: IsoDate,
    notes: z
      .string()
      .trim()
      .max(1000)
      .refine((value) => !value.includes('\u0000'), 'Must not contain NUL characters')
      .nullable()
      .optional(),
  })
  .refine((input) => input.to >= input.from, { message: 'Must not be before from', path: ['to'] })
  .refine((input) => Date.parse(input.to) - Date.parse(input.from) < maxWaitlistDays * 86_400_000, {
    message: `At most ${maxWaitlistDays} days after from`,
    path: ['to'],
  });
export type CreateWaitlistEntryInput = z.infer<typeof CreateWaitlistEntryInput>;

export const WaitlistListQuery = z.strictObject({
  status: WaitlistEntryStatus.optional(),
  patientId: z.uuid('Not a patient id').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.string().max(200).optional(),
});
export type WaitlistListQuery = z.infer<typeof WaitlistListQuery>;

export const WaitlistList = z.object({ items: z.array(WaitlistEntry), nextCursor: z.string().nullable() });

/** `expired` is an open offer whose time ran out; nothing needs to sweep it. */
export const waitlistOfferStatuses = ['open', 'accepted', 'superseded', 'withdrawn', 'expired'] as const;
export const WaitlistOfferStatus = z.enum(waitlistOfferStatuses);
export type WaitlistOfferStatus = z.infer<typeof WaitlistOfferStatus>;

export const WaitlistOffer = z.object({
  id: z.uuid(),
  entryId: z.uuid(),
  providerId: z.uuid(),
  operatoryId: z.uuid().nullable(),
  start: z.string(),
  end: z.string(),
  expiresAt: z.string(),
  status: WaitlistOfferStatus,
  appointmentId: z.uuid().nullable().describe('The visit booked when the offer was accepted'),
  createdAt: z.string(),
});
export type WaitlistOffer = z.infer<typeof WaitlistOffer>;

export const WaitlistOfferList = z.object({ items: z.array(WaitlistOffer) });

export const AcceptedWaitlistOffer = z.object({ offer: WaitlistOffer, appointment: Appointment });
export type AcceptedWaitlistOffer = z.infer<typeof AcceptedWaitlistOffer>;
