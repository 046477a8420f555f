import type { Translation } from '../../../i18n/catalogue.ts';
import type { clinic } from './en.ts';

export const clinicPtBr: Translation<typeof clinic> = {
  title: 'Configurações da clínica',
  loadFailedTitle: 'Não foi possível carregar as configurações',
  saveFailedTitle: 'Não foi possível salvar as configurações',
  saved: 'Configurações salvas',
  save: 'Salvar',
  clinicLegend: 'Clínica',
  name: 'Nome da clínica',
  timeZone: 'Fuso horário',
  timeZoneHint: 'Os dias da agenda e o horário de atendimento seguem este fuso',
  noSuchTimeZone: 'Fuso horário não encontrado',
  currency: 'Moeda',
  noSuchCurrency: 'Moeda não encontrada',
  phone: 'Telefone',
  address: 'Endereço',
  booking: {
    legend: 'Agendamento on-line',
    minNoticeMinutes: 'Antecedência mínima (minutos)',
    minNoticeMinutesHint: 'Até quanto tempo antes de um horário o paciente pode agendá-lo',
    maxAdvanceDays: 'Antecedência máxima (dias)',
    maxAdvanceDaysHint: 'Com quanta antecedência os pacientes podem agendar',
    cancellationNoticeHours: 'Aviso de cancelamento (horas)',
    cancellationNoticeHoursHint: 'Os pacientes podem cancelar até este tempo antes',
    slotStepMinutes: 'Intervalo entre horários (minutos)',
    slotStepMinutesHint: 'Os horários livres começam nesta grade',
  },
};
