import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import '../../../i18n/i18n.ts';
import { patientsNamespace } from '../i18n.ts';
import { versionChangeText } from './version-change-text.ts';

const en = () => i18n.getFixedT('en', patientsNamespace);
const pt = () => i18n.getFixedT('pt-BR', patientsNamespace);

describe('versionChangeText', () => {
  it('keeps the server’s wording in English', () => {
    expect(versionChangeText('Added allergy: Latex', en())).toBe('Added allergy: Latex');
    expect(versionChangeText('Removed medication: Warfarin', en())).toBe('Removed medication: Warfarin');
    expect(versionChangeText('Changed notes', en())).toBe('Changed notes');
  });

  it('says each kind of change in Portuguese, entries by name as written', () => {
    expect(versionChangeText('Added allergy: Latex', pt())).toBe('Alergia adicionada: Latex');
    expect(versionChangeText('Removed medication: Warfarin', pt())).toBe('Medicamento removido: Warfarin');
    expect(versionChangeText('Changed condition: Asthma: mild', pt())).toBe(
      'Condição alterada: Asthma: mild',
    );
    expect(versionChangeText('Added notes', pt())).toBe('Observações adicionadas');
  });

  it('names alert flags in the user’s language and keeps notes of “other” alerts as written', () => {
    expect(versionChangeText('Added alert: Latex allergy', pt())).toBe('Alerta adicionado: Alergia a látex');
    expect(versionChangeText('Removed alert: Needle phobia', pt())).toBe('Alerta removido: Needle phobia');
  });

  it('shows a line of an unknown form as sent', () => {
    expect(versionChangeText('Merged two charts', pt())).toBe('Merged two charts');
  });
});
