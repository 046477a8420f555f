import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useCurrentUser } from '../api/use-current-user.ts';
import { accountNamespace } from '../i18n.ts';
import { RecoveryCodesPanel } from './recovery-codes-panel.tsx';
import { TwoFactorDisableForm } from './two-factor-disable-form.tsx';
import { TwoFactorSetup } from './two-factor-setup.tsx';

export function TwoFactorSection() {
  const { t } = useTranslation(accountNamespace);
  const me = useCurrentUser();
  // Held here, not derived from the account: they must stay on screen after it reports 2FA on.
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (recoveryCodes)
    return <RecoveryCodesPanel codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />;
  if (me.isPending) return <PageLoader />;
  if (me.isError) {
    return (
      <Alert color="red" title={t('twoFactor.loadFailedTitle')}>
        <Stack align="flex-start">
          {apiErrorMessage(me.error)}
          <Button variant="light" color="red" onClick={() => me.refetch()}>
            {t('twoFactor.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return me.data.twoFactorEnabled ? (
    <TwoFactorDisableForm />
  ) : (
    <TwoFactorSetup onEnabled={setRecoveryCodes} />
  );
}
