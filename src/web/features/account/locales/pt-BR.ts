import type { Translation } from '../../../i18n/catalogue.ts';
import type { account } from './en.ts';

export const accountPtBr: Translation<typeof account> = {
  title: 'Conta',
  enrollmentRequiredTitle: 'Autenticação em dois fatores obrigatória',
  enrollmentRequired:
    'Sua clínica exige autenticação em dois fatores para a equipe. Ative-a abaixo para continuar usando o TopSmile.',
  passwordChangeRequiredTitle: 'Escolha sua própria senha',
  passwordChangeRequired:
    'Esta conta foi criada com uma senha impressa no console. Altere-a abaixo antes de usar o TopSmile.',
  passwordHeading: 'Senha',
  twoFactorHeading: 'Autenticação em dois fatores',
  password: {
    current: 'Senha atual',
    new: 'Nova senha',
    newHint:
      'Pelo menos 10 caracteres. Algumas palavras sem relação entre si formam uma senha forte e fácil de lembrar.',
    submit: 'Alterar senha',
    enterCurrent: 'Digite sua senha atual',
    changed: 'Senha alterada. Suas outras sessões foram encerradas.',
    failedTitle: 'Não foi possível alterar a senha',
    currentWrong: 'A senha atual não está correta.',
    notCorrect: 'Incorreta',
    tooEasyToGuess: 'Fácil demais de adivinhar',
  },
  twoFactor: {
    loadFailedTitle: 'Não foi possível carregar sua conta',
    retry: 'Tentar novamente',
    offIntro:
      'A autenticação em dois fatores está desativada. Com ela ativada, entrar também exige um código de um aplicativo autenticador no seu celular, então uma senha roubada não basta.',
    startFailedTitle: 'Não foi possível iniciar a configuração',
    setUp: 'Ativar dois fatores',
    scan: '1. Escaneie este QR code com um aplicativo autenticador (por exemplo Aegis, Google Authenticator ou 1Password).',
    qrAlt: 'QR code para o seu aplicativo autenticador',
    secretKey: 'Chave secreta',
    secretKeyHint: 'Não consegue escanear? Digite esta chave no aplicativo.',
    copied: 'Copiada',
    copyKey: 'Copiar chave',
    enterCodeStep:
      '2. Digite o código de 6 dígitos que o aplicativo mostra agora para <code>TopSmile</code>.',
    code: 'Código de autenticação',
    confirm: 'Confirmar',
    enterSixDigits: 'Digite o código de 6 dígitos que o aplicativo mostra',
    invalidCode:
      'Esse código não é válido. Verifique se o horário do celular está certo e digite o código atual.',
    changedMeanwhile: 'A autenticação em dois fatores foi alterada nesse meio-tempo. Recarregue a página.',
    onIntro:
      'A autenticação em dois fatores está ativada: para entrar é preciso um código do seu aplicativo autenticador. Para desativá-la, digite um código atual.',
    turnOff: 'Desativar dois fatores',
    turnedOff: 'A autenticação em dois fatores foi desativada',
  },
  recoveryCodes: {
    title: 'A autenticação em dois fatores está ativada. Guarde agora seus códigos de recuperação.',
    body: 'Cada código permite entrar uma vez, no lugar de um código de autenticação, se você perder o celular. Guarde-os em um lugar seguro, como um gerenciador de senhas: eles só aparecem agora.',
    list: 'Códigos de recuperação',
    copied: 'Copiados',
    copy: 'Copiar códigos',
    done: 'Já os guardei',
  },
};
