import { addCatalogue } from '../../i18n/catalogue.ts';
import { waitlist } from './locales/en.ts';
import { waitlistPtBr } from './locales/pt-BR.ts';

export const waitlistNamespace = 'waitlist';

addCatalogue(waitlistNamespace, { en: waitlist, 'pt-BR': waitlistPtBr });
