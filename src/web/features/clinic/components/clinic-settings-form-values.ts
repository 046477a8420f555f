import type { BookingPolicy, ClinicSettings } from '../../../../shared/clinic.ts';

/** What the inputs hold: text as typed, and numbers that may be '' while being edited. */
export type ClinicSettingsFormValues = Omit<ClinicSettings, 'phone' | 'address' | 'bookingPolicy'> & {
  phone: string;
  address: string;
  bookingPolicy: Record<keyof BookingPolicy, number | string>;
};

export function toFormValues(settings: ClinicSettings): ClinicSettingsFormValues {
  return { ...settings, phone: settings.phone ?? '', address: settings.address ?? '' };
}

/** The unvalidated body to hand to `ClinicSettings.safeParse`. */
export function toCandidate(values: ClinicSettingsFormValues): Record<string, unknown> {
  const policy = values.bookingPolicy;
  return {
    ...values,
    phone: blankToNull(values.phone),
    address: blankToNull(values.address),
    bookingPolicy: {
      minNoticeMinutes: emptyToUndefined(policy.minNoticeMinutes),
      maxAdvanceDays: emptyToUndefined(policy.maxAdvanceDays),
      cancellationNoticeHours: emptyToUndefined(policy.cancellationNoticeHours),
      slotStepMinutes: emptyToUndefined(policy.slotStepMinutes),
    },
  };
}

// An empty optional field means "none", which the schema spells null.
function blankToNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

// NumberInput reports a cleared field as ''; undefined makes zod say the field is required.
function emptyToUndefined(value: number | string): number | string | undefined {
  return value === '' ? undefined : value;
}
