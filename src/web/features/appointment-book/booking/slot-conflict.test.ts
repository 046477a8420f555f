import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { booking } from './locales/en.ts';
import { blockerNoteKey, outsideHoursOf, outsideHoursSentence, slotConflictOf } from './slot-conflict.ts';

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

function outsideHours(extensions: Record<string, unknown>) {
  return new ApiError({
    status: 422,
    code: 'outside_working_hours',
    title: 'The provider does not work then (hours, holiday or time off).',
    extensions,
  });
}

const words = i18n.createInstance();
await words.init({ lng: 'en', resources: { en: { booking } }, defaultNS: 'booking' });
// The app's typed keys cover the app's instance; this one is read with plain string keys.
const t = words.getFixedT('en') as unknown as (key: string, values?: Record<string, unknown>) => string;

describe('an answer outside working hours', () => {
  it('says when only the clean-up runs past the hours', () => {
    const answer = outsideHoursOf(outsideHours({ reason: 'buffer', bufferMinutes: 15, blockers: [] }));
    expect(answer).toEqual({ reason: 'buffer', bufferMinutes: 15, blockers: [] });
    const sentence = outsideHoursSentence(
      answer ?? { reason: 'hours', bufferMinutes: 0, blockers: [] },
      'Dr Haag',
    );
    expect(sentence.key).toBe('slot.bufferPastHours');
    expect(t(sentence.key, sentence.values)).toContain(
      'its 15-minute clean-up runs past Dr Haag’s working hours',
    );
  });

  it('keeps the plain sentence when the visit itself is outside the hours', () => {
    const answer = outsideHoursOf(outsideHours({ reason: 'hours', bufferMinutes: 15, blockers: [] }));
    expect(answer && outsideHoursSentence(answer, 'Dr Haag').key).toBe('slot.outsideHoursBody');
  });

  it('carries every blocker too, so the clash shows before the override is ticked', () => {
    const answer = outsideHoursOf(
      outsideHours({
        reason: 'hours',
        bufferMinutes: 0,
        blockers: [
          { resource: 'provider', appointmentId, start: '2026-03-18T16:15:00Z', end: '2026-03-18T17:00:00Z' },
          { resource: 'patient', appointmentId, start: '2026-03-18T16:15:00Z', end: '2026-03-18T17:00:00Z' },
        ],
      }),
    );
    expect(answer?.blockers.map((blocker) => blocker.resource)).toEqual(['patient']);
  });

  it('is null for other problems, and plain when an older server sends no details', () => {
    expect(outsideHoursOf(conflict({}))).toBeNull();
    expect(outsideHoursOf(outsideHours({}))).toEqual({ reason: 'hours', bufferMinutes: 0, blockers: [] });
  });
});

describe('a blocker that is only a clean-up', () => {
  it('gets a note saying only the clean-up overlaps', () => {
    const blocker = {
      resource: 'provider' as const,
      start: '2026-03-18T10:00:00Z',
      end: '2026-03-18T10:30:00Z',
    };
    expect(blockerNoteKey({ ...blocker, viaBuffer: true })).toBe('slot.viaBuffer');
    expect(t('slot.viaBuffer')).toContain('clean-up');
    expect(blockerNoteKey(blocker)).toBeNull();
  });
});
