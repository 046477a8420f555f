import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/permissions.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useClinicSettings, useLocaleFormat } from '../../clinic/index.ts';
import { dashboardNamespace } from '../i18n.ts';
import { AdminDashboard } from './admin-dashboard.tsx';
import { FrontDeskDashboard } from './front-desk-dashboard.tsx';
import { LoadFailure } from './load-failure.tsx';
import { ManagerDashboard } from './manager-dashboard.tsx';
import { ProviderHome } from './provider-home.tsx';

/** The home screen's body for each staff role. Figures wait for the clinic's zone and currency. */
export function HomeDashboard({ role }: { role: Exclude<Role, 'patient'> }) {
  const { t } = useTranslation(dashboardNamespace);
  const clinic = useClinicSettings();
  const format = useLocaleFormat();
  if (role === 'provider') return <ProviderHome />;
  if (clinic.isError) {
    return (
      <LoadFailure title={t('today.loadFailed')} error={clinic.error} onRetry={() => void clinic.refetch()} />
    );
  }
  if (!format) return <PageLoader />;
  if (role === 'admin') return <AdminDashboard format={format} />;
  if (role === 'manager') return <ManagerDashboard format={format} />;
  return <FrontDeskDashboard format={format} />;
}
