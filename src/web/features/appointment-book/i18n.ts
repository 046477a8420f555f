import { addCatalogue } from '../../i18n/catalogue.ts';
import { appointmentBook } from './locales/en.ts';
import { appointmentBookPtBr } from './locales/pt-BR.ts';

export const appointmentBookNamespace = 'appointmentBook';

addCatalogue(appointmentBookNamespace, { en: appointmentBook, 'pt-BR': appointmentBookPtBr });
