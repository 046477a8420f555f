import type { ReportName } from '../../../../shared/reports.ts';

export const dashboardQueryKeys = {
  today: ['dashboard', 'today'] as const,
  setup: ['dashboard', 'setup'] as const,
  report: (name: ReportName, params: Record<string, string | undefined>) =>
    ['reports', name, params] as const,
};

/**
 * Every report run is written to the audit trail, so a report is asked for again only when its
 * filters change or someone asks, not on every focus of the window.
 */
export const reportQueryOptions = { staleTime: 5 * 60_000, refetchOnWindowFocus: false } as const;
