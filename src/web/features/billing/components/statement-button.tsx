import { Button, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { billingNamespace } from '../i18n.ts';
import { downloadPdf, statementPath } from './pdf-file.ts';

/** Downloads the account statement (entries since the last zero balance, aging, how to pay). */
export function StatementButton({ guarantorId }: { guarantorId: string }) {
  const { t } = useTranslation(billingNamespace);
  const file = useMutation({
    mutationFn: () =>
      downloadPdf(statementPath(guarantorId), t('statement.fileName', { id: guarantorId.slice(0, 8) })),
  });
  return (
    <>
      <Button variant="default" loading={file.isPending} onClick={() => file.mutate()}>
        {t('account.statement')}
      </Button>
      {file.isError && (
        <Text size="sm" c="red.8" role="alert">
          {t('statement.failed')} {apiErrorMessage(file.error)}
        </Text>
      )}
    </>
  );
}
