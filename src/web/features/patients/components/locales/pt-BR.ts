import type { Translation } from '../../../../i18n/catalogue.ts';
import type { patientPicker } from './en.ts';

export const patientPickerPtBr: Translation<typeof patientPicker> = {
  picker: {
    label: 'Paciente',
    placeholder: 'Digite nome, telefone, e-mail ou data de nascimento',
    results: 'Pacientes encontrados',
    searching: 'Buscando…',
    noneFound: 'Nenhum paciente encontrado',
    found_one: '{{count}} paciente encontrado',
    found_other: '{{count}} pacientes encontrados',
    keys: '↑ ↓ para mover · Enter para escolher · Esc para fechar',
    born: 'Nascido(a) em {{date}}',
    noPhone: 'Sem telefone',
    archived: '{{name}} (arquivado)',
    selected: 'Escolhido(a): {{name}}',
    createNew: 'Novo paciente “{{text}}”',
  },
  quickPatient: {
    legend: 'Novo paciente rápido',
    firstName: 'Nome',
    lastName: 'Sobrenome',
    phone: 'Telefone',
    email: 'E-mail',
    dateOfBirth: 'Data de nascimento',
    contactHint: 'Um telefone ou um e-mail, para a clínica entrar em contato.',
    create: 'Cadastrar paciente',
    cancel: 'Voltar à busca',
    created: '{{name}} foi cadastrado(a)',
    failed: 'Não foi possível cadastrar o paciente',
    errors: {
      required: 'Obrigatório',
      contact: 'Informe um telefone ou um e-mail',
      email: 'Informe um e-mail válido',
      phone: 'Informe um telefone para a clínica ligar',
      dateOfBirth: 'Informe uma data de nascimento real, que não esteja no futuro',
      invalid: 'Verifique este valor',
    },
    duplicate: {
      title: 'Este paciente talvez já esteja cadastrado',
      body: 'Confira estes cadastros primeiro. Escolha o certo ou cadastre o novo paciente se for outra pessoa.',
      list: 'Possíveis duplicados',
      details: 'nascido(a) em {{date}} · {{phone}}',
      use: 'Usar {{name}}',
      createAnyway: 'Cadastrar mesmo assim',
    },
  },
};
