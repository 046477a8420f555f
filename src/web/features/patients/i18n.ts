import { addCatalogue } from '../../i18n/catalogue.ts';
import { patients } from './locales/en.ts';
import { patientsPtBr } from './locales/pt-BR.ts';

addCatalogue('patients', { en: patients, 'pt-BR': patientsPtBr });

export const patientsNamespace = 'patients';
