import { addCatalogue } from '../../i18n/catalogue.ts';
import { users } from './locales/en.ts';
import { usersPtBr } from './locales/pt-BR.ts';

addCatalogue('users', { en: users, 'pt-BR': usersPtBr });

export const usersNamespace = 'users';
