import { addCatalogue } from '../../i18n/catalogue.ts';
import { account } from './locales/en.ts';
import { accountPtBr } from './locales/pt-BR.ts';

addCatalogue('account', { en: account, 'pt-BR': accountPtBr });

export const accountNamespace = 'account';
