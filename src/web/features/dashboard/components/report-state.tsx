import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { dashboardNamespace } from '../i18n.ts';
import { LoadFailure } from './load-failure.tsx';

type Props<Data> = {
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data: Data | undefined;
    refetch: () => unknown;
  };
  /** Whether the loaded report has nothing to show. */
  isEmpty: (data: Data) => boolean;
  emptyText?: string;
  failedTitle?: string;
  /** Where the loading, failure and empty states are shown (e.g. the chart's panel). */
  wrap?: (content: ReactNode) => ReactNode;
  children: (data: Data) => ReactNode;
};

/** A report's loading, failure and empty states around what it shows once it has data. */
export function ReportState<Data>({ query, isEmpty, emptyText, failedTitle, wrap, children }: Props<Data>) {
  const { t } = useTranslation(dashboardNamespace);
  const framed = (content: ReactNode) => (wrap ? wrap(content) : content);
  if (query.isError) {
    return framed(
      <LoadFailure
        title={failedTitle ?? t('reports.loadFailed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />,
    );
  }
  if (query.isPending || query.data === undefined) return framed(<PageLoader />);
  if (isEmpty(query.data)) return framed(<Text c="dimmed">{emptyText ?? t('reports.empty')}</Text>);
  return children(query.data);
}
