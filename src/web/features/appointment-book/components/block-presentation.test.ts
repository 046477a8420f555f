import { describe, expect, it } from 'vitest';
import { appointmentStatuses } from '../../../../shared/scheduling.ts';
import { isInactiveStatus, shortPatientName, statusIcons, tintOf } from './block-presentation.ts';

describe('block presentation', () => {
  it('gives every status its own icon', () => {
    const icons = appointmentStatuses.map((status) => statusIcons[status]);
    expect(new Set(icons).size).toBe(appointmentStatuses.length);
  });

  it('sets cancelled and no-show visits apart', () => {
    expect(appointmentStatuses.filter(isInactiveStatus)).toEqual(['cancelled', 'no_show']);
  });

  it('calls the patient by the name they go by', () => {
    expect(shortPatientName({ firstName: 'Beatriz', lastName: 'Magalhães', preferredName: 'Bia' })).toBe(
      'Bia Magalhães',
    );
    expect(shortPatientName({ firstName: 'Carlos', lastName: 'Souza', preferredName: '  ' })).toBe(
      'Carlos Souza',
    );
  });

  it('tints towards white, so dark text stays readable on any type colour', () => {
    expect(tintOf('#000000')).toBe('rgb(199, 199, 199)');
    expect(tintOf('#1c7ed6')).toBe('rgb(205, 227, 246)');
    expect(tintOf('not a colour')).toBe(tintOf('#868e96'));
  });
});
