import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { auditExportLimit } from '../../../../shared/audit.ts';
import { ApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import type { AuditFilters } from '../api/use-audit-events.ts';
import { useExportAuditEvents } from '../api/use-export-audit-events.ts';
import { auditNamespace } from '../i18n.ts';

/** Downloads the events the filters select, as CSV. */
export function ExportCsvButton({ filters, disabled }: { filters: AuditFilters; disabled: boolean }) {
  const { t, i18n } = useTranslation(auditNamespace);
  const exportEvents = useExportAuditEvents();
  return (
    <Button
      variant="default"
      disabled={disabled}
      loading={exportEvents.isPending}
      onClick={() =>
        exportEvents.mutate(
          { filters, fileName: t('export.fileName') },
          {
            onError: (error) =>
              notifications.show({
                color: 'red',
                title: t('export.failedTitle'),
                message:
                  error instanceof ApiError && error.code === 'export_too_large'
                    ? t('export.tooLarge', {
                        limit: new Intl.NumberFormat(i18n.resolvedLanguage).format(auditExportLimit),
                      })
                    : apiErrorMessage(error),
              }),
          },
        )
      }
    >
      {t('export.button')}
    </Button>
  );
}
