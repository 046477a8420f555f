import { z } from 'zod';
import { isIanaTimeZone } from './time-zone.ts';

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const supportedCurrencies = new Set(Intl.supportedValuesOf('currency'));

export const BookingPolicy = z.strictObject({
  minNoticeMinutes: z.int().min(0).max(43_200).describe('How long before a slot patients may still book it'),
  maxAdvanceDays: z.int().min(1).max(730).describe('How far ahead patients may book'),
  cancellationNoticeHours: z
    .int()
    .min(0)
    .max(720)
    .describe('Patients may cancel until this many hours before'),
  slotStepMinutes: z
    .int()
    .min(5)
    .max(120)
    .refine((step) => step % 5 === 0, 'Must be a multiple of 5 minutes')
    .describe('Grid on which open slots start'),
});
export type BookingPolicy = z.infer<typeof BookingPolicy>;

export const ClinicSettings = z.strictObject({
  name: z.string().trim().min(1, 'Required').max(120),
  timeZone: z
    .string()
    .refine(isIanaTimeZone, 'Must be an IANA time zone such as America/Sao_Paulo')
    .describe('IANA time zone; calendar dates and working hours are local to it'),
  currency: z
    .string()
    .refine((code) => supportedCurrencies.has(code), 'Must be an ISO 4217 currency code such as USD')
    .describe('ISO 4217 code used for all amounts'),
  phone: z.string().trim().max(40).nullable(),
  address: z.string().trim().max(500).nullable(),
  bookingPolicy: BookingPolicy,
  locale: z
    .string()
    .refine(isLocale, 'Must be a language tag such as en-US or pt-BR')
    .optional()
    .describe(
      'Formats dates and reads typed dates of birth (02/03/1985 is 2 March in pt-BR); kept when omitted',
    ),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Must be a two-letter country code such as BR')
    .optional()
    .describe('Default country for phone numbers typed without +country code; kept when omitted'),
});
export type ClinicSettings = z.infer<typeof ClinicSettings>;
