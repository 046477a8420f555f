import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppointmentListItem } from '../../../../shared/scheduling.ts';
// The hook is keyed under the appointment book, whose public surface registers translations.
import '../../../i18n/i18n.ts';
import { providerAppointmentsQuery } from './use-provider-appointments.ts';

const providerId = '7d6f5a0e-3c1b-4f5e-9a2d-1b2c3d4e5f60';

function visit(n: number): AppointmentListItem {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    patientId: id,
    providerId,
    operatoryId: null,
    appointmentTypeId: id,
    start: `2026-03-03T${String(8 + (n % 10)).padStart(2, '0')}:00:00.000Z`,
    end: `2026-03-03T${String(8 + (n % 10)).padStart(2, '0')}:30:00.000Z`,
    status: 'scheduled',
    notes: null,
    cancelReason: null,
    seriesId: null,
    version: 1,
    createdAt: '2026-03-01T12:00:00.000Z',
    updatedAt: '2026-03-01T12:00:00.000Z',
  };
}

/** An API answering the day's visits a page at a time, as `GET /appointments` does. */
function pagedApi(visits: AppointmentListItem[], pageSize: number) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    const offset = Number(url.searchParams.get('cursor') ?? '0');
    const next = offset + pageSize;
    return Response.json({
      items: visits.slice(offset, next),
      nextCursor: next < visits.length ? String(next) : null,
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('providerAppointmentsQuery', () => {
  it('reads every page of the days asked for, not only the first', async () => {
    const visits = Array.from({ length: 7 }, (_, n) => visit(n));
    const fetch = pagedApi(visits, 3);
    const items = await new QueryClient().fetchQuery(
      providerAppointmentsQuery({ providerId, from: '2026-03-03', to: '2026-03-03' }),
    );
    expect(items.map((item) => item.id)).toEqual(visits.map((item) => item.id));
    expect(fetch).toHaveBeenCalledTimes(3);
    for (const [input] of fetch.mock.calls) {
      const url = new URL(String(input), 'http://localhost');
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        providerId,
        from: '2026-03-03',
        to: '2026-03-03',
      });
    }
  });
});
