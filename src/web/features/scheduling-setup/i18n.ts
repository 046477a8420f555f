import { addCatalogue } from '../../i18n/catalogue.ts';
import { schedulingSetup } from './locales/en.ts';
import { schedulingSetupPtBr } from './locales/pt-BR.ts';

export const schedulingSetupNamespace = 'schedulingSetup';

addCatalogue(schedulingSetupNamespace, { en: schedulingSetup, 'pt-BR': schedulingSetupPtBr });
