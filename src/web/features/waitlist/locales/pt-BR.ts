import type { Translation } from '../../../i18n/catalogue.ts';
import type { waitlist } from './en.ts';

export const waitlistPtBr: Translation<typeof waitlist> = {
  title: 'Lista de espera',
  intro:
    'Pacientes aguardando uma consulta mais cedo. Quando uma consulta é cancelada ou remarcada, o horário é oferecido aqui aos primeiros pedidos compatíveis.',
  filterLabel: 'Mostrar pedidos',
  filter: {
    waiting: 'Aguardando',
    fulfilled: 'Agendados',
    withdrawn: 'Retirados',
  },
  listLabel: 'Pedidos da lista de espera',
  empty: {
    waiting: 'Ninguém está na lista de espera.',
    fulfilled: 'Nenhum pedido foi agendado pela lista de espera ainda.',
    withdrawn: 'Nenhum pedido foi retirado.',
  },
  loadMore: 'Mostrar mais pedidos',
  loadFailed: 'Não foi possível carregar a lista de espera. Verifique a conexão e tente novamente.',
  retry: 'Tentar novamente',
  loading: 'Carregando…',
  entry: {
    unknownPatient: 'Paciente',
    patientLoading: 'Carregando paciente…',
    type: 'Consulta',
    provider: 'Profissional',
    anyProvider: 'Qualquer profissional',
    window: 'Pode vir',
    notes: 'Observações',
    waitingSince: 'Aguardando desde {{date}}',
    status: {
      waiting: 'Aguardando',
      fulfilled: 'Agendado',
      withdrawn: 'Retirado',
    },
    bookedFor: 'Agendado para {{time}}',
  },
  offers: {
    heading: 'Horários oferecidos',
    none: 'Nenhum horário oferecido ainda. Uma consulta cancelada ou remarcada que sirva será oferecida aqui.',
    loadFailed: 'Não foi possível carregar as ofertas.',
    expires: 'Oferta termina {{time}}',
    withProvider: 'com {{provider}}',
    status: {
      open: 'Aberta',
      accepted: 'Agendada',
      superseded: 'Ocupada por outro pedido',
      withdrawn: 'Retirada',
      expired: 'Expirada',
    },
    book: 'Agendar',
    bookLabel: 'Agendar {{time}} para {{patient}}',
    booked: '{{patient}} agendado(a) para {{time}}',
    pastCount_one: '{{count}} oferta anterior não está mais aberta',
    pastCount_other: '{{count}} ofertas anteriores não estão mais abertas',
  },
  errors: {
    bookFailed: 'Não foi possível agendar este horário',
    slotUnavailable: 'Este horário foi ocupado nesse meio-tempo. Aguarde a próxima oferta.',
    offerNotOpen: 'Esta oferta não está mais aberta.',
    network: 'Não foi possível contatar o servidor. Verifique a conexão e tente novamente.',
    forbidden: 'Seu papel não permite agendar pela lista de espera.',
    notFound: 'Esta oferta não existe mais. Recarregue a página.',
    outsideHours: 'O profissional não atende mais neste horário.',
    unexpected: 'O servidor encontrou um erro inesperado. Tente novamente em instantes.',
  },
};
