import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import '../../../i18n/i18n.ts';
import { ApiError } from '../../../api/api-error.ts';
import { authNamespace } from '../i18n.ts';
import { registerErrorFrom } from './register-error.ts';

const onFile = new ApiError({
  status: 409,
  code: 'possible_duplicate',
  title: 'The clinic may already have…',
});

describe('registerErrorFrom', () => {
  it('asks someone the clinic may already have on file to contact it, in either language', () => {
    expect(registerErrorFrom(onFile, i18n.getFixedT('en', authNamespace))).toEqual({
      message:
        'The clinic may already have your records. Please contact the clinic, and they will set up your online account with them.',
      fields: {},
    });
    expect(registerErrorFrom(onFile, i18n.getFixedT('pt-BR', authNamespace)).message).toMatch(
      /^A clínica talvez já tenha o seu cadastro/,
    );
  });
});
