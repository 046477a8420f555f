import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useAuditVerification } from '../api/use-audit-verification.ts';
import { auditNamespace } from '../i18n.ts';

/** Whether the trail's HMAC chain verifies, checked by the server when the admin asks. */
export function ChainStatus() {
  const { t } = useTranslation(auditNamespace);
  const verification = useAuditVerification();
  const checkAgain = (
    <Button
      variant="light"
      size="xs"
      loading={verification.isFetching}
      onClick={() => verification.refetch()}
    >
      {t('chain.checkAgain')}
    </Button>
  );

  if (verification.isPending && !verification.isFetching) {
    return (
      <Alert color="gray" title={t('chain.uncheckedTitle')} role="status">
        <Group justify="space-between">
          <Text size="sm">{t('chain.unchecked')}</Text>
          <Button variant="light" size="xs" onClick={() => verification.refetch()}>
            {t('chain.check')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (verification.isPending) {
    return (
      <Alert color="gray" role="status">
        <Group gap="xs">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm">{t('chain.checking')}</Text>
        </Group>
      </Alert>
    );
  }
  if (verification.isError) {
    return (
      <Alert color="orange" title={t('chain.failedTitle')} role="status">
        <Group justify="space-between">
          <Text size="sm">{apiErrorMessage(verification.error)}</Text>
          {checkAgain}
        </Group>
      </Alert>
    );
  }
  const result = verification.data;
  if (result.intact) {
    return (
      <Alert color="teal" title={t('chain.intactTitle')} role="status">
        <Group justify="space-between">
          <Text size="sm">{t('chain.intact', { count: result.checkedEvents })}</Text>
          {checkAgain}
        </Group>
      </Alert>
    );
  }
  // A broken chain is news the reader must not miss: an alert, read out at once.
  return (
    <Alert color="red" title={t('chain.brokenTitle', { seq: result.firstBrokenSeq })} role="alert">
      <Group justify="space-between">
        <Text size="sm">
          {t('chain.broken', { count: result.checkedEvents, seq: result.firstBrokenSeq })}
        </Text>
        {checkAgain}
      </Group>
    </Alert>
  );
}
