import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../i18n/i18n.ts';
import { patientsNamespace } from '../i18n.ts';
import { alertPresentation } from './alert-presentation.ts';

const en = () => i18n.getFixedT('en', patientsNamespace);
const pt = () => i18n.getFixedT('pt-BR', patientsNamespace);

describe('alertPresentation', () => {
  beforeAll(() => i18n.changeLanguage('en'));

  it('marks high severity red with an icon and the word, not colour alone', () => {
    expect(alertPresentation({ kind: 'allergy', label: 'Penicillin', severity: 'high' }, en())).toEqual({
      color: 'red',
      variant: 'filled',
      icon: '⚠',
      text: 'Allergy: Penicillin · severe',
    });
  });

  it('gives each severity its own icon', () => {
    const icons = (['high', 'moderate', 'low'] as const).map(
      (severity) => alertPresentation({ kind: 'alert', label: 'x', severity }, en()).icon,
    );
    expect(new Set(icons).size).toBe(3);
  });

  it('words allergy severities as recorded, other alerts on the generic scale', () => {
    expect(alertPresentation({ kind: 'allergy', label: 'Latex', severity: 'low' }, en()).text).toBe(
      'Allergy: Latex · mild',
    );
    expect(alertPresentation({ kind: 'alert', label: 'Pacemaker', severity: 'high' }, en()).text).toBe(
      'Alert: Pacemaker · high',
    );
  });

  it('omits the severity when there is none', () => {
    expect(alertPresentation({ kind: 'alert', label: 'Pacemaker' }, en()).text).toBe('Alert: Pacemaker');
  });

  it('names flag alerts in the user’s language, and keeps what the clinician wrote as written', () => {
    expect(
      alertPresentation(
        { kind: 'alert', flag: 'latex_allergy', label: 'Latex allergy', severity: 'high' },
        pt(),
      ).text,
    ).toBe('Alerta: Alergia a látex · alta');
    expect(alertPresentation({ kind: 'allergy', label: 'Penicillin', severity: 'high' }, pt()).text).toBe(
      'Alergia: Penicillin · grave',
    );
    expect(
      alertPresentation({ kind: 'alert', flag: 'other', label: 'Needle phobia', severity: 'high' }, pt())
        .text,
    ).toBe('Alerta: Needle phobia · alta');
  });

  it('keeps an “other” alert as the clinician wrote it, even when it reads like a flag’s name', () => {
    expect(
      alertPresentation({ kind: 'alert', flag: 'other', label: 'Latex allergy', severity: 'high' }, pt())
        .text,
    ).toBe('Alerta: Latex allergy · alta');
  });
});
