import { addCatalogue } from '../../i18n/catalogue.ts';
import { clinic } from './locales/en.ts';
import { clinicPtBr } from './locales/pt-BR.ts';

addCatalogue('clinic', { en: clinic, 'pt-BR': clinicPtBr });

export const clinicNamespace = 'clinic';
