import type { AppContext } from '../../src/server/context.ts';
import { updateClinicSettings } from '../../src/server/modules/clinic/service.ts';
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

/** Saves settings straight through the service, for tests about something other than settings. */
export function setClinicSettings(ctx: AppContext, overrides: Partial<ClinicSettings> = {}) {
  return updateClinicSettings(ctx, clinicSettingsInput(overrides), {
    actorId: null,
    actorRole: null,
    ip: null,
    userAgent: 'test set-up',
  });
}
