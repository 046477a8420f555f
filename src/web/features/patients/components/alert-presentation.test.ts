import { describe, expect, it } from 'vitest';
import { alertPresentation } from './alert-presentation.ts';

describe('alertPresentation', () => {
  it('marks high severity red with an icon and the word, not colour alone', () => {
    expect(alertPresentation({ kind: 'allergy', label: 'Penicillin', severity: 'high' })).toEqual({
      color: 'red',
      variant: 'filled',
      icon: '⚠',
      text: 'Allergy: Penicillin · severe',
    });
  });

  it('gives each severity its own icon', () => {
    const icons = (['high', 'moderate', 'low'] as const).map(
      (severity) => alertPresentation({ kind: 'alert', label: 'x', severity }).icon,
    );
    expect(new Set(icons).size).toBe(3);
  });

  it('words allergy severities as recorded, other alerts on the generic scale', () => {
    expect(alertPresentation({ kind: 'allergy', label: 'Latex', severity: 'low' }).text).toBe(
      'Allergy: Latex · mild',
    );
    expect(alertPresentation({ kind: 'alert', label: 'Pacemaker', severity: 'high' }).text).toBe(
      'Alert: Pacemaker · high',
    );
  });

  it('omits the severity when there is none', () => {
    expect(alertPresentation({ kind: 'alert', label: 'Pacemaker' }).text).toBe('Alert: Pacemaker');
  });
});
