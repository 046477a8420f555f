const frequencies = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof frequencies)[number];

export type RecurrenceSummary = { frequency: Frequency; interval: number } | null;

/**
 * How often a series repeats, from its RRULE's FREQ and INTERVAL: enough for "Every 2 weeks".
 * Null for a rule this summary cannot say in those words (BYDAY lists, a frequency it does not know).
 */
export function summariseRecurrence(rrule: string): RecurrenceSummary {
  const parts = new Map(
    rrule
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((part) => {
        const [name = '', value = ''] = part.split('=');
        return [name.toUpperCase(), value.toUpperCase()] as const;
      }),
  );
  const frequency = frequencies.find((known) => known === parts.get('FREQ'));
  if (!frequency) return null;
  const byDay = parts.get('BYDAY');
  if (byDay?.includes(',')) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return null;
  return { frequency, interval };
}
