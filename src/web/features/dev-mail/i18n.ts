import { addCatalogue } from '../../i18n/catalogue.ts';
import { devMail } from './locales/en.ts';
import { devMailPtBr } from './locales/pt-BR.ts';

addCatalogue('devMail', { en: devMail, 'pt-BR': devMailPtBr });

export const devMailNamespace = 'devMail';
