import { addCatalogue } from '../../i18n/catalogue.ts';
import { dashboard } from './locales/en.ts';
import { dashboardPtBr } from './locales/pt-BR.ts';

export const dashboardNamespace = 'dashboard';

addCatalogue(dashboardNamespace, { en: dashboard, 'pt-BR': dashboardPtBr });
