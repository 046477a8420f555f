import type { App } from '../../src/server/app.ts';
import type { AppContext } from '../../src/server/context.ts';
import { authHeader } from '../auth.ts';
import { clinicSettingsInput } from './clinic.ts';
import { createTestProvider, setWorkingHours, type TestProvider } from './scheduling.ts';

/**
 * The clinic most scheduling tests run in: New York (so March crosses a DST change), two hours'
 * minimum notice, 60 days' advance (unless given), 24 hours to cancel, a 15-minute grid.
 */
export async function setUpNewYorkClinic(app: App, policy: { maxAdvanceDays?: number } = {}): Promise<void> {
  const response = await app.inject({
    method: 'PUT',
    url: '/api/v1/clinic',
    headers: await authHeader(app, 'admin'),
    payload: clinicSettingsInput({
      timeZone: 'America/New_York',
      country: 'US',
      bookingPolicy: {
        minNoticeMinutes: 120,
        maxAdvanceDays: policy.maxAdvanceDays ?? 60,
        cancellationNoticeHours: 24,
        slotStepMinutes: 15,
      },
    }),
  });
  if (response.statusCode !== 200) throw new Error(`clinic settings refused: ${response.body}`);
}

/** A provider working Monday to Friday, 09:00–17:00 local time. */
export async function createWeekdayProvider(ctx: AppContext): Promise<TestProvider> {
  const provider = await createTestProvider(ctx);
  await setWorkingHours(
    ctx,
    provider.id,
    ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  );
  return provider;
}
