import type { Translation } from '../../../i18n/catalogue.ts';
import type { devMail } from './en.ts';

export const devMailPtBr: Translation<typeof devMail> = {
  title: 'Caixa de e-mail de desenvolvimento',
  intro:
    'Nenhum servidor de e-mail está configurado, então o TopSmile guarda aqui os e-mails que enviaria. Os mais recentes primeiro.',
  loadFailedTitle: 'Não foi possível carregar a caixa de e-mail',
  empty: 'Nenhum e-mail ainda.',
  table: {
    label: 'E-mails',
    received: 'Recebido',
    to: 'Para',
    subject: 'Assunto',
  },
  message: {
    allMail: '← Todos os e-mails',
    loadFailedTitle: 'Não foi possível carregar o e-mail',
    sentTo: 'Para {{to}} · {{when}}',
    label: 'Mensagem',
  },
};
