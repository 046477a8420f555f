// Messages of the account page: password and two-factor authentication.
export const account = {
  title: 'Account',
  enrollmentRequiredTitle: 'Two-factor authentication required',
  enrollmentRequired:
    'Your clinic requires two-factor authentication for staff. Set it up below to continue using TopSmile.',
  passwordChangeRequiredTitle: 'Choose your own password',
  passwordChangeRequired:
    'This account was created with a password printed on the console. Change it below before using TopSmile.',
  passwordHeading: 'Password',
  twoFactorHeading: 'Two-factor authentication',
  password: {
    current: 'Current password',
    new: 'New password',
    newHint: 'At least 10 characters. A few unrelated words are strong and easy to remember.',
    submit: 'Change password',
    enterCurrent: 'Enter your current password',
    changed: 'Password changed. Your other sessions were logged out.',
    failedTitle: 'Could not change the password',
    currentWrong: 'The current password is not correct.',
    notCorrect: 'Not correct',
    tooEasyToGuess: 'Too easy to guess',
  },
  twoFactor: {
    loadFailedTitle: 'Could not load your account',
    retry: 'Try again',
    offIntro:
      'Two-factor authentication is off. With it on, logging in also needs a code from an authenticator app on your phone, so a stolen password alone is not enough.',
    startFailedTitle: 'Could not start the set-up',
    setUp: 'Set up two-factor',
    scan: '1. Scan this QR code with an authenticator app (for example Aegis, Google Authenticator or 1Password).',
    qrAlt: 'QR code for your authenticator app',
    secretKey: 'Secret key',
    secretKeyHint: 'Cannot scan? Enter this key in the app instead.',
    copied: 'Copied',
    copyKey: 'Copy key',
    enterCodeStep: '2. Enter the 6-digit code the app now shows for <code>TopSmile</code>.',
    code: 'Authentication code',
    confirm: 'Confirm',
    enterSixDigits: 'Enter the 6-digit code your app shows',
    invalidCode:
      'That code is not valid. Check that the time on your phone is right and enter the current code.',
    changedMeanwhile: 'Two-factor authentication changed in the meantime. Reload the page.',
    onIntro:
      'Two-factor authentication is on: logging in needs a code from your authenticator app. To turn it off, enter a current code.',
    turnOff: 'Turn off two-factor',
    turnedOff: 'Two-factor authentication is off',
  },
  recoveryCodes: {
    title: 'Two-factor authentication is on. Save your recovery codes now.',
    body: 'Each code logs you in once, in place of an authentication code, if you lose your phone. Keep them somewhere safe, such as a password manager: they are shown only now.',
    list: 'Recovery codes',
    copied: 'Copied',
    copy: 'Copy codes',
    done: 'I have saved them',
  },
} as const;
