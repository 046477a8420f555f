import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { downloadCsv } from '../api/download-csv.ts';
import { dashboardNamespace } from '../i18n.ts';

type Props = {
  /** The report's own path: the same request, answered as CSV. */
  path: string;
  fileName: string;
  /** What is exported, for screen readers: "Export CSV: Production by provider". */
  what: string;
};

export function CsvExportButton({ path, fileName, what }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  const download = useMutation({ mutationFn: () => downloadCsv(path, fileName) });
  return (
    <Group gap="xs">
      <Button
        variant="default"
        size="compact-sm"
        loading={download.isPending}
        onClick={() => download.mutate()}
        aria-label={`${t('reports.exportCsv')}: ${what}`}
      >
        {t('reports.exportCsv')}
      </Button>
      {download.isError && (
        <Text size="sm" c="red.8" role="alert">
          {t('reports.exportFailed')} {apiErrorMessage(download.error)}
        </Text>
      )}
    </Group>
  );
}
