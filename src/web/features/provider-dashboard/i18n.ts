import { addCatalogue } from '../../i18n/catalogue.ts';
import { providerDashboard } from './locales/en.ts';
import { providerDashboardPtBr } from './locales/pt-BR.ts';

export const providerDashboardNamespace = 'providerDashboard';

addCatalogue(providerDashboardNamespace, { en: providerDashboard, 'pt-BR': providerDashboardPtBr });
