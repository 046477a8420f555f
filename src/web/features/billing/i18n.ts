import { addCatalogue } from '../../i18n/catalogue.ts';
import { billing } from './locales/en.ts';
import { billingPtBr } from './locales/pt-BR.ts';

export const billingNamespace = 'billing';

addCatalogue(billingNamespace, { en: billing, 'pt-BR': billingPtBr });
