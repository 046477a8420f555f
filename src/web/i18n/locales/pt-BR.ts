import type { Translation } from '../catalogue.ts';
import type { common } from './en.ts';

export const commonPtBr: Translation<typeof common> = {
  appName: 'TopSmile',
  nav: {
    main: 'Principal',
    toggle: 'Abrir ou fechar a navegação',
    home: 'Início',
    appointmentBook: 'Agenda',
    myDay: 'Meu dia',
    mySchedule: 'Minha agenda de trabalho',
    patients: 'Pacientes',
    waitlist: 'Lista de espera',
    clinicSettings: 'Configurações da clínica',
    scheduling: 'Configuração da agenda',
    users: 'Usuários',
    audit: 'Registro de auditoria',
    devMail: 'Caixa de e-mail de desenvolvimento',
  },
  userMenu: {
    account: 'Conta',
    logOut: 'Sair',
    language: 'Idioma',
  },
  languages: {
    en: 'English',
    'pt-BR': 'Português (Brasil)',
  },
  actions: {
    save: 'Salvar',
    cancel: 'Cancelar',
    close: 'Fechar',
    delete: 'Excluir',
    edit: 'Editar',
    add: 'Adicionar',
    retry: 'Tentar novamente',
    undo: 'Desfazer',
  },
  states: {
    loading: 'Carregando…',
    saved: 'Salvo',
    loadFailed: 'Não foi possível carregar. Verifique a conexão e tente novamente.',
  },
};
