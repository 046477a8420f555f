import { addCatalogue } from '../../i18n/catalogue.ts';
import { auth } from './locales/en.ts';
import { authPtBr } from './locales/pt-BR.ts';

addCatalogue('auth', { en: auth, 'pt-BR': authPtBr });

export const authNamespace = 'auth';
