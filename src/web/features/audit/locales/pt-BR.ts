import type { Translation } from '../../../i18n/catalogue.ts';
import type { audit } from './en.ts';

export const auditPtBr: Translation<typeof audit> = {
  title: 'Registro de auditoria',
  loadFailedTitle: 'Não foi possível carregar o registro de auditoria',
  empty: 'Nenhum evento corresponde a estes filtros.',
  filters: {
    label: 'Filtros da auditoria',
    actorId: 'ID do autor',
    patientId: 'ID do paciente',
    fromDate: 'De',
    toDate: 'Até',
    apply: 'Aplicar filtros',
    clear: 'Limpar',
    notUserId: 'Deve ser um ID de usuário (UUID)',
    notPatientId: 'Deve ser um ID de paciente (UUID)',
    toBeforeFrom: 'Deve ser igual ou posterior à data inicial',
  },
  table: {
    label: 'Eventos de auditoria',
    when: 'Quando',
    actor: 'Autor',
    action: 'Ação',
    entity: 'Entidade',
    patient: 'Paciente',
    ip: 'IP',
    outcome: 'Resultado',
    anonymous: 'anônimo',
  },
  outcomes: {
    success: 'sucesso',
    failure: 'falha',
    denied: 'negado',
  },
};
