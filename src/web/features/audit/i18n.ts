import { addCatalogue } from '../../i18n/catalogue.ts';
import { audit } from './locales/en.ts';
import { auditPtBr } from './locales/pt-BR.ts';

addCatalogue('audit', { en: audit, 'pt-BR': auditPtBr });

export const auditNamespace = 'audit';
