import { describe, expect, it } from 'vitest';
import {
  emptyAuditFilters,
  readAuditFilterValues,
  toAuditFilters,
  withAuditFilterValues,
} from './audit-filter-values.ts';

const patientId = '0b8e3a52-5d7c-4f57-9d0e-8f1c3c1f6a11';

describe('audit filters in the address', () => {
  it('reads the filters it wrote and leaves out values that are not filters', () => {
    const values = { ...emptyAuditFilters, patientId, action: 'patients.read', from: '2026-03-01' };
    const params = withAuditFilterValues(new URLSearchParams('other=kept&to=2026-01-01'), values);
    expect(params.toString()).toBe(`other=kept&patientId=${patientId}&action=patients.read&from=2026-03-01`);
    expect(readAuditFilterValues(params)).toEqual(values);
    expect(
      readAuditFilterValues(
        new URLSearchParams('patientId=42&actorId=x&from=2026-02-30&to=tomorrow&action='),
      ),
    ).toEqual(emptyAuditFilters);
  });

  it('turns clinic-local days into instants, the end day included, across a DST change', () => {
    const values = { ...emptyAuditFilters, from: '2026-03-08', to: '2026-03-08' };
    // New York moves its clocks on 8 March 2026: a 23-hour day.
    expect(toAuditFilters(values, 'America/New_York')).toEqual({
      filters: { from: '2026-03-08T05:00:00Z', to: '2026-03-09T04:00:00Z' },
    });
    expect(toAuditFilters({ ...values, to: '2026-03-10' }, 'America/Sao_Paulo')).toEqual({
      filters: { from: '2026-03-08T03:00:00Z', to: '2026-03-11T03:00:00Z' },
    });
  });

  it('passes ids and the action through, and refuses an end before the start', () => {
    expect(toAuditFilters({ ...emptyAuditFilters, patientId, action: 'auth.login' }, 'UTC')).toEqual({
      filters: { patientId, action: 'auth.login' },
    });
    expect(toAuditFilters({ ...emptyAuditFilters, from: '2026-03-02', to: '2026-03-01' }, 'UTC')).toEqual({
      error: 'toBeforeFrom',
    });
  });
});
