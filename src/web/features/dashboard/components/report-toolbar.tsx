import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dashboardNamespace } from '../i18n.ts';
import { CsvExportButton } from './csv-export-button.tsx';

type GroupingKey = 'day' | 'provider' | 'type' | 'status';
type Grouping = { value: GroupingKey; options: readonly GroupingKey[]; onChange: (value: string) => void };

type Props = {
  /** What the table shows, e.g. "Production by provider". */
  what: string;
  csvPath: string;
  csvFileName: string;
  grouping?: Grouping | undefined;
};

/** Above a report's table: how it is grouped (where it can be) and its CSV export. */
export function ReportToolbar({ what, csvPath, csvFileName, grouping }: Props) {
  const { t } = useTranslation(dashboardNamespace);
  return (
    <Group justify="space-between" align="flex-end">
      {grouping ? (
        <NativeSelect
          label={t('period.groupBy')}
          value={grouping.value}
          onChange={(event) => grouping.onChange(event.currentTarget.value)}
          data={grouping.options.map((option) => ({ value: option, label: t(`groupings.${option}`) }))}
          w={220}
        />
      ) : (
        <span />
      )}
      <CsvExportButton path={csvPath} fileName={csvFileName} what={what} />
    </Group>
  );
}
