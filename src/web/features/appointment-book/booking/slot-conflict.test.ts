import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { slotConflictOf } from './slot-conflict.ts';

const appointmentId = '7a1c4a5e-1b2d-4c3e-8f9a-0b1c2d3e4f50';
const otherId = '7a1c4a5e-1b2d-4c3e-8f9a-0b1c2d3e4f51';
const providerId = '7a1c4a5e-1b2d-4c3e-8f9a-0b1c2d3e4f52';

function conflict(extensions: Record<string, unknown>) {
  return new ApiError({
    status: 409,
    code: 'slot_unavailable',
    title: 'That time is already taken.',
    extensions,
  });
}

describe('a slot conflict', () => {
  it('keeps one sentence per blocking appointment, preferring the patient’s own double booking', () => {
    const found = slotConflictOf(
      conflict({
        blockers: [
          { resource: 'provider', appointmentId, start: '2026-03-18T10:00:00Z', end: '2026-03-18T10:45:00Z' },
          { resource: 'patient', appointmentId, start: '2026-03-18T10:00:00Z', end: '2026-03-18T10:45:00Z' },
          {
            resource: 'operatory',
            appointmentId: otherId,
            start: '2026-03-18T09:30:00Z',
            end: '2026-03-18T10:15:00Z',
          },
        ],
        suggestions: [{ providerId, start: '2026-03-18T11:00:00Z', end: '2026-03-18T11:45:00Z' }],
      }),
    );
    expect(found?.blockers.map((blocker) => [blocker.resource, blocker.appointmentId])).toEqual([
      ['operatory', otherId],
      ['patient', appointmentId],
    ]);
    expect(found?.suggestions).toHaveLength(1);
  });

  it('keeps blockers without an id apart', () => {
    const found = slotConflictOf(
      conflict({
        blockers: [
          { resource: 'time_off', start: '2026-03-18T08:00:00Z', end: '2026-03-18T12:00:00Z' },
          { resource: 'provider', start: '2026-03-18T10:00:00Z', end: '2026-03-18T10:30:00Z' },
        ],
      }),
    );
    expect(found?.blockers.map((blocker) => blocker.resource)).toEqual(['time_off', 'provider']);
    expect(found?.suggestions).toEqual([]);
  });

  it('is null for other problems, and empty when the body is not the documented shape', () => {
    expect(slotConflictOf(new ApiError({ status: 409, code: 'invalid_transition', title: 'x' }))).toBeNull();
    expect(slotConflictOf(new Error('boom'))).toBeNull();
    expect(slotConflictOf(conflict({ blockers: 'nope' }))).toEqual({ blockers: [], suggestions: [] });
  });
});
