import { describe, expect, it } from 'vitest';
import { changedFields, isDetailsChange } from './appointment-changes.ts';

const visit = {
  start: new Date('2026-03-03T14:00:00Z'),
  end: new Date('2026-03-03T14:30:00Z'),
  providerId: 'provider-a',
  operatoryId: 'chair-1' as string | null,
  appointmentTypeId: 'cleaning',
  notes: null as string | null,
};

describe('changedFields', () => {
  it('names a move, a resize, a new provider, chair and notes', () => {
    expect(
      changedFields(visit, {
        ...visit,
        start: new Date('2026-03-03T15:00:00Z'),
        end: new Date('2026-03-03T15:30:00Z'),
      }),
    ).toEqual(['start']);
    expect(changedFields(visit, { ...visit, end: new Date('2026-03-03T14:45:00Z') })).toEqual(['end']);
    expect(
      changedFields(visit, { ...visit, providerId: 'provider-b', operatoryId: null, notes: 'x' }),
    ).toEqual(['provider', 'chair', 'notes']);
    expect(changedFields(visit, visit)).toEqual([]);
  });

  it('counts the length a new type brings as the type’s change, not a resize', () => {
    const changed = changedFields(visit, {
      ...visit,
      appointmentTypeId: 'filling',
      end: new Date('2026-03-03T15:00:00Z'),
    });
    expect(changed).toEqual(['type']);
    expect(isDetailsChange(changed)).toBe(true);
  });
});

describe('isDetailsChange', () => {
  it('is true only when nothing but type, chair or notes changed', () => {
    expect(isDetailsChange(['chair', 'notes'])).toBe(true);
    expect(isDetailsChange(['start', 'notes'])).toBe(false);
    expect(isDetailsChange([])).toBe(false);
  });
});
