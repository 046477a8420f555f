import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canTransition,
  isReschedulable,
  nextStatuses,
  statusTransitions,
  transitionPermission,
} from './appointment-status.ts';
import { appointmentStatuses } from './scheduling.ts';

describe('appointment status transitions', () => {
  it('follow the clinic flow scheduled → confirmed → checked_in → in_progress → completed', () => {
    expect(canTransition('scheduled', 'confirmed')).toBe(true);
    expect(canTransition('confirmed', 'checked_in')).toBe(true);
    expect(canTransition('checked_in', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'completed')).toBe(true);
  });

  it('never leave cancelled, leave completed only to reopen it, and never stay in place', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...appointmentStatuses),
        fc.constantFrom(...appointmentStatuses),
        (from, to) => {
          if (from === 'cancelled' || from === to) expect(canTransition(from, to)).toBe(false);
          if (from === 'completed') expect(canTransition(from, to)).toBe(to === 'in_progress');
        },
      ),
    );
  });

  it('need the reopen permission exactly to undo a completion', () => {
    for (const from of appointmentStatuses) {
      for (const to of nextStatuses(from)) {
        expect(transitionPermission(from, to)).toBe(
          from === 'completed' ? 'appointments.reopen' : 'appointments.status',
        );
      }
    }
  });

  it('only allow cancel or no-show before the visit starts', () => {
    for (const from of appointmentStatuses) {
      if (canTransition(from, 'no_show')) expect(['scheduled', 'confirmed']).toContain(from);
      if (canTransition(from, 'cancelled')) expect(['scheduled', 'confirmed', 'checked_in']).toContain(from);
    }
  });

  it('every status reaches completed or a final state', () => {
    const reachesEnd = (status: string, seen = new Set<string>()): boolean => {
      if (status === 'completed' || statusTransitions[status as keyof typeof statusTransitions].length === 0)
        return true;
      if (seen.has(status)) return false;
      seen.add(status);
      return statusTransitions[status as keyof typeof statusTransitions].some((next) =>
        reachesEnd(next, new Set(seen)),
      );
    };
    for (const status of appointmentStatuses) expect(reachesEnd(status), status).toBe(true);
    expect(isReschedulable('checked_in')).toBe(false);
  });

  it('offer next exactly the statuses a change may reach', () => {
    for (const from of appointmentStatuses) {
      for (const to of appointmentStatuses)
        expect(nextStatuses(from).includes(to)).toBe(canTransition(from, to));
    }
    expect(nextStatuses('checked_in')).toEqual(['in_progress', 'cancelled']);
  });
});
