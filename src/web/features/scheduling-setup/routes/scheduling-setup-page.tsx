import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppointmentTypesTab } from '../components/appointment-types-tab.tsx';
import { HolidaysTab } from '../components/holidays-tab.tsx';
import { OperatoriesTab } from '../components/operatories-tab.tsx';
import { ProvidersTab } from '../components/providers-tab.tsx';
import { schedulingSetupNamespace } from '../i18n.ts';

const tabs = ['types', 'operatories', 'holidays', 'providers'] as const;
type Tab = (typeof tabs)[number];

function isTab(value: string | null): value is Tab {
  return tabs.some((tab) => tab === value);
}

/** /settings/scheduling: admins and managers keep the catalog the appointment book is built from. */
export function SchedulingSetupPage() {
  const { t } = useTranslation(schedulingSetupNamespace);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'types';

  function selectTab(value: string | null) {
    if (!isTab(value)) return;
    // Replaced, not pushed: Back leaves the page rather than stepping through tabs.
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('tab', value);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <Stack maw={1200}>
      <Title order={2}>{t('title')}</Title>
      <Text>{t('intro')}</Text>
      <Tabs value={tab} onChange={selectTab} keepMounted={false}>
        <Tabs.List aria-label={t('tabsLabel')}>
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="types" pt="md">
          <AppointmentTypesTab />
        </Tabs.Panel>
        <Tabs.Panel value="operatories" pt="md">
          <OperatoriesTab />
        </Tabs.Panel>
        <Tabs.Panel value="holidays" pt="md">
          <HolidaysTab />
        </Tabs.Panel>
        <Tabs.Panel value="providers" pt="md">
          <ProvidersTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
