import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisableTwoFactor } from '../api/use-disable-two-factor.ts';
import { accountNamespace } from '../i18n.ts';
import { twoFactorCodeError } from './two-factor-code-error.ts';

/** Turning it off needs a current code, so a borrowed unlocked session cannot do it. */
export function TwoFactorDisableForm() {
  const { t } = useTranslation(accountNamespace);
  const disable = useDisableTwoFactor();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError(t('twoFactor.enterSixDigits'));
      return;
    }
    disable.mutate(code.trim(), {
      onSuccess: () => notifications.show({ color: 'teal', message: t('twoFactor.turnedOff') }),
      onError: (error) => setCodeError(twoFactorCodeError(error, t)),
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack maw={420}>
        <Text size="sm">{t('twoFactor.onIntro')}</Text>
        <TextInput
          label={t('twoFactor.code')}
          value={code}
          onChange={(event) => {
            setCode(event.currentTarget.value);
            setCodeError(undefined);
          }}
          error={codeError}
          inputMode="numeric"
          autoComplete="one-time-code"
        />
        <Group>
          <Button type="submit" color="red" variant="light" loading={disable.isPending}>
            {t('twoFactor.turnOff')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
