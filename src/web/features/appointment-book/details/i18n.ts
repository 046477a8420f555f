import { addCatalogue } from '../../../i18n/catalogue.ts';
import { appointmentDetails } from './locales/en.ts';
import { appointmentDetailsPtBr } from './locales/pt-BR.ts';

export const appointmentDetailsNamespace = 'appointmentDetails';

addCatalogue(appointmentDetailsNamespace, { en: appointmentDetails, 'pt-BR': appointmentDetailsPtBr });
