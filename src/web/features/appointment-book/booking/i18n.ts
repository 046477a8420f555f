import { addCatalogue } from '../../../i18n/catalogue.ts';
import { booking } from './locales/en.ts';
import { bookingPtBr } from './locales/pt-BR.ts';

export const bookingNamespace = 'booking';

addCatalogue(bookingNamespace, { en: booking, 'pt-BR': bookingPtBr });
