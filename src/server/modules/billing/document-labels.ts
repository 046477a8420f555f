import type { Aging, LedgerEntryKind, PaymentMethod } from '../../../shared/billing.ts';

/** The languages receipts and statements are written in (`patients.language`). */
export type DocumentLanguage = 'en' | 'pt-BR';

/**
 * The patient's language, else the clinic's: a clinic whose locale is Portuguese writes in
 * Portuguese, any other in English.
 */
export function documentLanguage(
  patientLanguage: DocumentLanguage | null,
  clinicLocale: string,
): DocumentLanguage {
  if (patientLanguage) return patientLanguage;
  return clinicLocale.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}

/**
 * The locale numbers and dates are formatted in: the clinic's when it speaks the document's
 * language (an en-GB clinic keeps its day-first dates), else the language itself.
 */
export function documentLocale(language: DocumentLanguage, clinicLocale: string): string {
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  return base(clinicLocale) === base(language) ? clinicLocale : language;
}

export type DocumentLabels = {
  receipt: string;
  receiptNumber: string;
  patient: string;
  paidOn: string;
  method: string;
  reference: string;
  issuedOn: string;
  description: string;
  amount: string;
  totalPaid: string;
  refunds: string;
  refundPending: string;
  netPaid: string;
  paymentOnAccount: string;
  deposit: (appointmentType: string, when: string) => string;
  thanks: string;
  methods: Record<PaymentMethod, string>;
  statement: string;
  statementDate: string;
  accountHolder: string;
  date: string;
  balance: string;
  sinceLastZero: string;
  noEntries: string;
  kinds: Record<LedgerEntryKind, string>;
  aging: string;
  agingBuckets: Record<keyof Aging, string>;
  balanceDue: string;
  creditBalance: string;
  howToPay: string;
  payAtDesk: string;
  callUs: (phone: string) => string;
  payAtAddress: (address: string) => string;
  payOnline: (url: string) => string;
};

const en: DocumentLabels = {
  receipt: 'Receipt',
  receiptNumber: 'Receipt no.',
  patient: 'Patient',
  paidOn: 'Paid on',
  method: 'Method',
  reference: 'Reference',
  issuedOn: 'Issued on',
  description: 'Description',
  amount: 'Amount',
  totalPaid: 'Total paid',
  refunds: 'Refunds',
  refundPending: 'pending',
  netPaid: 'Net paid',
  paymentOnAccount: 'Payment on account',
  deposit: (appointmentType, when) => `Deposit for ${appointmentType}, ${when}`,
  thanks: 'Thank you.',
  methods: { cash: 'Cash', card_terminal: 'Card (terminal)', check: 'Check', stripe: 'Card (online)' },
  statement: 'Account statement',
  statementDate: 'Statement date',
  accountHolder: 'Account holder',
  date: 'Date',
  balance: 'Balance',
  sinceLastZero: 'Entries since the balance was last zero.',
  noEntries: 'No entries.',
  kinds: { charge: 'Charge', payment: 'Payment', refund: 'Refund', adjustment: 'Adjustment' },
  aging: 'Aging',
  agingBuckets: {
    current: '0–30 days',
    days31to60: '31–60 days',
    days61to90: '61–90 days',
    over90: 'Over 90 days',
  },
  balanceDue: 'Balance due',
  creditBalance: 'Credit balance',
  howToPay: 'How to pay',
  payAtDesk: 'At the front desk: cash, card or check.',
  callUs: (phone) => `Questions? Call us on ${phone}.`,
  payAtAddress: (address) => `Our address: ${address}.`,
  payOnline: (url) => `By card online: log in at ${url} or ask us for a payment link.`,
};

const ptBR: DocumentLabels = {
  receipt: 'Recibo',
  receiptNumber: 'Recibo nº',
  patient: 'Paciente',
  paidOn: 'Pago em',
  method: 'Forma de pagamento',
  reference: 'Referência',
  issuedOn: 'Emitido em',
  description: 'Descrição',
  amount: 'Valor',
  totalPaid: 'Total pago',
  refunds: 'Estornos',
  refundPending: 'pendente',
  netPaid: 'Valor líquido',
  paymentOnAccount: 'Pagamento em conta',
  deposit: (appointmentType, when) => `Sinal de ${appointmentType}, ${when}`,
  thanks: 'Obrigado.',
  methods: {
    cash: 'Dinheiro',
    card_terminal: 'Cartão (maquininha)',
    check: 'Cheque',
    stripe: 'Cartão (online)',
  },
  statement: 'Extrato de conta',
  statementDate: 'Data do extrato',
  accountHolder: 'Responsável financeiro',
  date: 'Data',
  balance: 'Saldo',
  sinceLastZero: 'Lançamentos desde a última vez em que o saldo foi zero.',
  noEntries: 'Nenhum lançamento.',
  kinds: { charge: 'Débito', payment: 'Pagamento', refund: 'Estorno', adjustment: 'Ajuste' },
  aging: 'Saldo por vencimento',
  agingBuckets: {
    current: '0 a 30 dias',
    days31to60: '31 a 60 dias',
    days61to90: '61 a 90 dias',
    over90: 'Mais de 90 dias',
  },
  balanceDue: 'Saldo devedor',
  creditBalance: 'Saldo credor',
  howToPay: 'Como pagar',
  payAtDesk: 'Na recepção: dinheiro, cartão ou cheque.',
  callUs: (phone) => `Dúvidas? Ligue para ${phone}.`,
  payAtAddress: (address) => `Nosso endereço: ${address}.`,
  payOnline: (url) => `Com cartão pela internet: entre em ${url} ou peça um link de pagamento.`,
};

const catalogues: Record<DocumentLanguage, DocumentLabels> = { en, 'pt-BR': ptBR };

export function documentLabels(language: DocumentLanguage): DocumentLabels {
  return catalogues[language];
}
