import { addCatalogue } from '../../../i18n/catalogue.ts';
import { patientPicker } from './locales/en.ts';
import { patientPickerPtBr } from './locales/pt-BR.ts';

// Its own namespace: the picker and the quick form travel into other features' screens.
export const patientPickerNamespace = 'patientPicker';

addCatalogue(patientPickerNamespace, { en: patientPicker, 'pt-BR': patientPickerPtBr });
