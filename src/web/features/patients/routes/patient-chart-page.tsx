import { Alert, Anchor, Stack, Tabs, Text } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { usePatient } from '../api/use-patient.ts';
import { MedicalHistoryTab } from '../components/medical-history-tab.tsx';
import { PatientHeader } from '../components/patient-header.tsx';
import { patientErrorMessage } from '../components/patient-problem.ts';
import { ProfileTab } from '../components/profile-tab.tsx';

const tabs = ['profile', 'history', 'appointments', 'billing'] as const;
type Tab = (typeof tabs)[number];
const isTab = (value: string | null): value is Tab => tabs.some((tab) => tab === value);

/** The patient chart: header with alerts on every tab; the tab is kept in the address. */
export function PatientChartPage() {
  const { id = '' } = useParams();
  const patient = usePatient(id);
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'profile';

  if (patient.isPending) return <PageLoader />;
  if (patient.isError) {
    return (
      <Stack maw={720}>
        <Alert color="red" title="Could not open the chart">
          {patientErrorMessage(patient.error)}
        </Alert>
        <Anchor component={Link} to="/patients">
          Back to the patients
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
          <Tabs.Tab value="profile">Profile</Tabs.Tab>
          <Tabs.Tab value="history">Medical history</Tabs.Tab>
          <Tabs.Tab value="appointments">Appointments</Tabs.Tab>
          <Tabs.Tab value="billing">Billing</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <ProfileTab key={patient.data.id} patient={patient.data} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <MedicalHistoryTab key={patient.data.id} patientId={patient.data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="appointments" pt="md">
          <Text c="dimmed">Appointments arrive with the scheduling screens.</Text>
        </Tabs.Panel>
        <Tabs.Panel value="billing" pt="md">
          <Text c="dimmed">Billing arrives with the billing screens.</Text>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
