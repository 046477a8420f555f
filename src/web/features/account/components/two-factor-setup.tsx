import { Alert, Button, Code, CopyButton, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useConfirmTwoFactor } from '../api/use-confirm-two-factor.ts';
import { useStartTwoFactorSetup } from '../api/use-start-two-factor-setup.ts';
import { accountNamespace } from '../i18n.ts';
import { twoFactorCodeError } from './two-factor-code-error.ts';

/** Enrolment: a new secret as a QR code and as text, confirmed with a first code. */
export function TwoFactorSetup({ onEnabled }: { onEnabled: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation(accountNamespace);
  const start = useStartTwoFactorSetup();
  const confirm = useConfirmTwoFactor();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();

  function handleConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError(t('twoFactor.enterSixDigits'));
      return;
    }
    confirm.mutate(code.trim(), {
      onSuccess: ({ recoveryCodes }) => onEnabled(recoveryCodes),
      onError: (error) => setCodeError(twoFactorCodeError(error, t)),
    });
  }

  if (!start.data) {
    return (
      <Stack align="flex-start">
        <Text size="sm">{t('twoFactor.offIntro')}</Text>
        {start.isError && (
          <Alert color="red" title={t('twoFactor.startFailedTitle')}>
            {apiErrorMessage(start.error)}
          </Alert>
        )}
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          {t('twoFactor.setUp')}
        </Button>
      </Stack>
    );
  }

  const { secret, qrCodeDataUrl } = start.data;
  return (
    <form onSubmit={handleConfirm} noValidate>
      <Stack maw={420}>
        <Text size="sm">{t('twoFactor.scan')}</Text>
        <Image src={qrCodeDataUrl} alt={t('twoFactor.qrAlt')} w={200} h={200} />
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('twoFactor.secretKey')}
            description={t('twoFactor.secretKeyHint')}
            value={secret}
            readOnly
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            style={{ flex: 1 }}
          />
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t('twoFactor.copied') : t('twoFactor.copyKey')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">
          <Trans t={t} i18nKey="twoFactor.enterCodeStep" components={{ code: <Code /> }} />
        </Text>
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
          <Button type="submit" loading={confirm.isPending}>
            {t('twoFactor.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
