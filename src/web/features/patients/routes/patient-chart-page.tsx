import { Alert, Anchor, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useMay } from '../../auth/index.ts';
import { BillingTab } from '../../billing/index.ts';
import { usePatient } from '../api/use-patient.ts';
import { AppointmentsTab } from '../components/appointments-tab.tsx';
import { MedicalHistoryTab } from '../components/medical-history-tab.tsx';
import { PatientHeader } from '../components/patient-header.tsx';
import { patientErrorMessage } from '../components/patient-problem.ts';
import { ProfileTab } from '../components/profile-tab.tsx';
import { patientsNamespace } from '../i18n.ts';

const tabs = ['profile', 'history', 'appointments', 'billing'] as const;
type Tab = (typeof tabs)[number];
const isTab = (value: string | null): value is Tab => tabs.some((tab) => tab === value);

/** The patient chart: header with alerts on every tab; the tab is kept in the address. */
export function PatientChartPage() {
  const { t } = useTranslation(patientsNamespace);
  const { id = '' } = useParams();
  const patient = usePatient(id);
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const mayReadBilling = useMay('billing.read');
  const shownTabs = tabs.filter((value) => value !== 'billing' || mayReadBilling);
  const tab: Tab = isTab(requested) && shownTabs.includes(requested) ? requested : 'profile';

  if (patient.isPending) return <PageLoader />;
  if (patient.isError) {
    return (
      <Stack maw={720}>
        <Alert color="red" title={t('chart.openFailedTitle')}>
          {patientErrorMessage(patient.error)}
        </Alert>
        <Anchor component={Link} to="/patients">
          {t('chart.backToPatients')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack maw={1100}>
      <PatientHeader patient={patient.data} />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isTab(value)) setParams(value === 'profile' ? {} : { tab: value }, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {shownTabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`chart.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <ProfileTab key={patient.data.id} patient={patient.data} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <MedicalHistoryTab key={patient.data.id} patientId={patient.data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="appointments" pt="md">
          <AppointmentsTab key={patient.data.id} patient={patient.data} />
        </Tabs.Panel>
        {mayReadBilling && (
          <Tabs.Panel value="billing" pt="md">
            <BillingTab key={patient.data.id} patientId={patient.data.id} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
