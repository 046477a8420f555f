import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Temporal } from 'temporal-polyfill';
import type { PatientSummary } from '../../../../shared/patients.ts';
import type { AppointmentListItem } from '../../../../shared/scheduling.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useAppointmentTypes, useOperatories, useProviders } from '../../../api/scheduling-catalog.ts';
import { formatDateTime, type LocaleFormat } from '../../../i18n/format.ts';
import { appointmentQueryKeys, BookingDrawer, type BookingRequest } from '../../appointment-book/index.ts';
import { useMay } from '../../auth/index.ts';
import { useLocaleFormat } from '../../clinic/index.ts';
import { AddToWaitlistModal, type WaitlistPrefill } from '../../waitlist/index.ts';
import { usePatientAppointments } from '../api/use-patient-appointments.ts';
import { patientsNamespace } from '../i18n.ts';

type Names = {
  provider: (id: string) => string;
  type: (id: string) => string;
  chair: (id: string | null) => string;
};

/** The chart's visits: upcoming first (soonest on top), then past ones (latest on top). */
export function AppointmentsTab({ patient }: { patient: PatientSummary }) {
  const { t } = useTranslation(patientsNamespace);
  const format = useLocaleFormat();
  const visits = usePatientAppointments(patient.id);
  const providers = useProviders({ includeInactive: true });
  const types = useAppointmentTypes({ includeInactive: true });
  const operatories = useOperatories({ includeInactive: true });
  const mayBook = useMay('appointments.book');
  const mayWaitlist = useMay('waitlist.manage');
  const [waitlisting, setWaitlisting] = useState<WaitlistPrefill | null>(null);
  const queryClient = useQueryClient();
  const [request, setRequest] = useState<BookingRequest | null>(null);

  if (visits.isError) {
    return (
      <Alert color="red" title={t('appointments.loadFailed')}>
        {apiErrorMessage(visits.error)}
      </Alert>
    );
  }
  if (visits.isPending || !format) return <Loader aria-label={t('appointments.loading')} />;

  const names: Names = {
    provider: (id) => providers.data?.find((item) => item.id === id)?.name ?? '—',
    type: (id) => types.data?.find((item) => item.id === id)?.name ?? '—',
    chair: (id) =>
      id === null
        ? t('appointments.noChair')
        : (operatories.data?.find((item) => item.id === id)?.name ?? '—'),
  };
  const now = Temporal.Now.instant();
  const isUpcoming = (visit: AppointmentListItem) => Temporal.Instant.compare(visit.end, now) > 0;
  const upcoming = visits.data.filter(isUpcoming);
  const past = visits.data.filter((visit) => !isUpcoming(visit)).reverse();
  // The provider of the latest visit while they still work here, else the first active one.
  const active = providers.data?.filter((item) => item.active) ?? [];
  const latest = visits.data.at(-1)?.providerId;
  const lastProvider = active.find((item) => item.id === latest)?.id ?? active[0]?.id;

  const book = () => {
    if (!lastProvider) return;
    // Tomorrow at nine in the clinic's zone; the drawer offers the free times from there.
    const start = Temporal.Now.zonedDateTimeISO(format.timeZone)
      .add({ days: 1 })
      .with({ hour: 9, minute: 0, second: 0, millisecond: 0, microsecond: 0, nanosecond: 0 });
    setRequest({ start: start.toString({ timeZoneName: 'never' }), providerId: lastProvider, patient });
  };

  return (
    <Stack>
      {(mayBook || mayWaitlist) && (
        <Group>
          {mayBook && (
            <Button onClick={book} disabled={!lastProvider}>
              {t('appointments.book')}
            </Button>
          )}
          {mayWaitlist && (
            <Button variant="default" onClick={() => setWaitlisting({ patient })}>
              {t('appointments.addToWaitlist')}
            </Button>
          )}
        </Group>
      )}
      <AddToWaitlistModal prefill={waitlisting} onClose={() => setWaitlisting(null)} />
      <VisitTable
        title={t('appointments.upcoming')}
        empty={t('appointments.noUpcoming')}
        visits={upcoming}
        names={names}
        format={format}
      />
      <VisitTable
        title={t('appointments.past')}
        empty={t('appointments.noPast')}
        visits={past}
        names={names}
        format={format}
      />
      <BookingDrawer
        request={request}
        onClose={() => setRequest(null)}
        onBooked={() => {
          setRequest(null);
          void queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all });
        }}
      />
    </Stack>
  );
}

function VisitTable(props: {
  title: string;
  empty: string;
  visits: AppointmentListItem[];
  names: Names;
  format: LocaleFormat;
}) {
  const { t } = useTranslation(patientsNamespace);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {props.title}
      </Title>
      {props.visits.length === 0 ? (
        <Text c="dimmed">{props.empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={props.title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('appointments.when')}</Table.Th>
                <Table.Th>{t('appointments.type')}</Table.Th>
                <Table.Th>{t('appointments.provider')}</Table.Th>
                <Table.Th>{t('appointments.chair')}</Table.Th>
                <Table.Th>{t('appointments.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.visits.map((visit) => (
                <Table.Tr key={visit.id}>
                  <Table.Td>{formatDateTime(visit.start, props.format)}</Table.Td>
                  <Table.Td>{props.names.type(visit.appointmentTypeId)}</Table.Td>
                  <Table.Td>{props.names.provider(visit.providerId)}</Table.Td>
                  <Table.Td>{props.names.chair(visit.operatoryId)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={visit.status === 'cancelled' ? 'gray' : 'blue'} tt="none">
                      {t(`appointmentStatus.${visit.status}`, { ns: 'common' })}
                    </Badge>
                    {visit.status === 'cancelled' && (
                      <Text size="sm">
                        {t('appointments.cancelReason', {
                          reason: visit.cancelReason || t('appointments.noCancelReason'),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
