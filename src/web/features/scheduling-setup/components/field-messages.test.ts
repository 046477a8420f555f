import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CreateAppointmentTypeInput, CreateHolidayInput } from '../../../../shared/scheduling.ts';
import { ApiError } from '../../../api/api-error.ts';
import { schedulingSetup } from '../locales/en.ts';
import { schedulingSetupPtBr } from '../locales/pt-BR.ts';
import { problemMessage, serverFieldErrors, validate } from './field-messages.ts';

async function translator(language: 'en' | 'pt-BR') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { en: { schedulingSetup }, 'pt-BR': { schedulingSetup: schedulingSetupPtBr } },
    interpolation: { escapeValue: false },
  });
  return i18n.getFixedT(language, 'schedulingSetup');
}

describe('setup field messages', () => {
  it('explains shared-schema issues in the user’s language, not in the schema’s English', async () => {
    const t = await translator('pt-BR');
    const checked = validate(
      CreateAppointmentTypeInput,
      { name: '', durationMinutes: 0, bufferMinutes: 1.5, color: 'teal' },
      t,
    );
    expect(checked.errors).toEqual({
      name: 'Obrigatório',
      durationMinutes: 'Deve ser no mínimo 5',
      bufferMinutes: 'Use um número inteiro',
      color: 'Use uma cor como #1c7ed6',
    });
  });

  it('says "Required" for a value left blank and explains dates', async () => {
    const t = await translator('en');
    expect(validate(CreateAppointmentTypeInput, { name: 'Exam' }, t).errors).toEqual({
      durationMinutes: 'Required',
    });
    expect(validate(CreateHolidayInput, { date: '25/12/2026', name: 'Xmas' }, t).errors).toEqual({
      date: 'Use a date like 2026-12-25',
    });
    expect(validate(CreateHolidayInput, { date: '1850-01-01', name: 'Old' }, t).errors).toEqual({
      date: 'Use a date from 1900 on',
    });
  });

  it('lets a form word a field itself', async () => {
    const t = await translator('en');
    const checked = validate(
      CreateAppointmentTypeInput,
      { name: 'X', durationMinutes: 30, priceCents: -1 },
      t,
      (issue) => (issue.path[0] === 'priceCents' ? 'No negative prices' : undefined),
    );
    expect(checked.errors).toEqual({ priceCents: 'No negative prices' });
  });

  it('places server field problems by code and path, never showing the server’s English', async () => {
    const t = await translator('pt-BR');
    const error = new ApiError({
      status: 409,
      code: 'conflict',
      title: 'Conflict',
      errors: [
        { path: 'name', message: 'Already in use' },
        { path: 'active', message: 'Something else' },
      ],
    });
    expect(serverFieldErrors(error, t, { 'conflict:name': 'nameTaken' })).toEqual({
      name: 'Outra cadeira já tem este nome',
      active: 'O servidor não aceitou este valor',
    });
    expect(problemMessage(error, t)).toBe('Não foi possível salvar. Verifique os campos marcados abaixo.');
    expect(problemMessage(new ApiError({ status: 404, code: 'not_found', title: 'Not found' }), t)).toBe(
      'Este item não existe mais. Recarregue a página.',
    );
    expect(serverFieldErrors(new Error('boom'), t)).toEqual({});
  });
});
