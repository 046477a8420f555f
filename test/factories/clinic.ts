import type { ClinicSettings } from '../../src/shared/clinic.ts';

export function clinicSettingsInput(overrides: Partial<ClinicSettings> = {}): ClinicSettings {
  return {
    name: 'Sorriso Dental Care',
    timeZone: 'America/Sao_Paulo',
    currency: 'BRL',
    phone: '+55 11 3000-0000',
    address: 'Rua Exemplo 100, São Paulo',
    locale: 'pt-BR',
    country: 'BR',
    ...overrides,
    bookingPolicy: {
      minNoticeMinutes: 60,
      maxAdvanceDays: 120,
      cancellationNoticeHours: 12,
      slotStepMinutes: 10,
      ...overrides.bookingPolicy,
    },
  };
}
