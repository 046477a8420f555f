import { Anchor, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatientSummary } from '../../../../shared/patients.ts';
import type { Appointment, AppointmentListItem } from '../../../../shared/scheduling.ts';
import { formatLongDate, formatTimeRange, type LocaleFormat } from '../../../i18n/format.ts';
import { useMay } from '../../auth/index.ts';
import { VisitCheckout } from '../../billing/index.ts';
import { AlertBadges } from '../../patients/index.ts';
import { AppointmentActions } from '../booking/appointment-actions.tsx';
import { AppointmentHistorySection } from '../details/appointment-history.tsx';
import { EditDetailsForm } from '../details/edit-details-form.tsx';
import { appointmentDetailsNamespace } from '../details/i18n.ts';
import { SeriesSection } from '../details/series-section.tsx';
import { appointmentBookNamespace } from '../i18n.ts';
import { shortPatientName, statusIcons } from './block-presentation.ts';

type Props = {
  appointment: AppointmentListItem | null;
  typeName: string | undefined;
  providerName: string | undefined;
  operatoryName: string | undefined;
  format: LocaleFormat;
  onClose: () => void;
  onChanged: (appointment: Appointment) => void;
  /** Checkout's "Book next visit", for a completed visit. */
  onBookNext?: (appointment: AppointmentListItem, patient: PatientSummary) => void;
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} tt="uppercase">
        {label}
      </Text>
      {children}
    </div>
  );
}

/** The panel a click on a block opens: who, when, what, the alerts, and what can be done next. */
export function AppointmentDetails(props: Props) {
  const { t } = useTranslation(appointmentBookNamespace);
  const { t: tDetails } = useTranslation(appointmentDetailsNamespace);
  const mayEdit = useMay('appointments.reschedule');
  const mayReadHistory = useMay('appointments.history');
  const [editingId, setEditingId] = useState<string | null>(null);
  const { appointment, format } = props;
  const editing = appointment !== null && editingId === appointment.id;
  const patientName = appointment?.patient ? shortPatientName(appointment.patient) : t('block.patient');
  return (
    <Drawer
      opened={appointment !== null}
      onClose={props.onClose}
      position="right"
      title={t('details.title')}
      closeButtonProps={{ 'aria-label': t('details.close') }}
    >
      {appointment && (
        <Stack gap="md" data-appointment-details={appointment.id}>
          <Field label={t('details.when')}>
            <Text>{formatLongDate(appointment.start, format)}</Text>
            <Text>{formatTimeRange(appointment.start, appointment.end, format)}</Text>
          </Field>
          <Field label={t('details.patient')}>
            <Anchor
              component={Link}
              to={`/patients/${encodeURIComponent(appointment.patientId)}`}
              aria-label={t('details.openChart', { name: patientName })}
            >
              {patientName}
            </Anchor>
          </Field>
          {!editing && (
            <Field label={t('details.type')}>
              <Text>{props.typeName ?? t('block.type')}</Text>
            </Field>
          )}
          <Field label={t('details.provider')}>
            <Text>{props.providerName ?? '—'}</Text>
          </Field>
          {!editing && (
            <Field label={t('details.chair')}>
              <Text>{props.operatoryName ?? t('details.noChair')}</Text>
            </Field>
          )}
          <Field label={t('details.status')}>
            <Text>
              <span aria-hidden="true">{statusIcons[appointment.status]}</span>{' '}
              {t(`appointmentStatus.${appointment.status}`, { ns: 'common' })}
            </Text>
          </Field>
          {appointment.status === 'cancelled' && (
            <Field label={t('details.cancelReason')}>
              <Text>{appointment.cancelReason || t('details.noCancelReason')}</Text>
            </Field>
          )}
          <Field label={t('details.alerts')}>
            {appointment.patient && appointment.patient.alerts.length > 0 ? (
              <AlertBadges alerts={appointment.patient.alerts} />
            ) : (
              <Text>{t('details.noAlerts')}</Text>
            )}
          </Field>
          {editing ? (
            <EditDetailsForm
              appointment={appointment}
              typeName={props.typeName}
              format={format}
              onSaved={(updated) => {
                setEditingId(null);
                props.onChanged(updated);
              }}
              onCancel={() => setEditingId(null)}
            />
          ) : (
            <Field label={t('details.notes')}>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{appointment.notes || t('details.noNotes')}</Text>
            </Field>
          )}
          {mayEdit && !editing && appointment.status !== 'cancelled' && (
            <Group>
              <Button size="compact-md" variant="default" onClick={() => setEditingId(appointment.id)}>
                {tDetails('edit.open')}
              </Button>
            </Group>
          )}
          <AppointmentActions
            appointment={appointment}
            onChanged={props.onChanged}
            typeName={props.typeName}
          />
          {appointment.seriesId && (
            <SeriesSection
              appointment={appointment}
              seriesId={appointment.seriesId}
              format={format}
              onChanged={props.onChanged}
            />
          )}
          {appointment.status === 'completed' && (
            <VisitCheckout
              appointmentId={appointment.id}
              patientId={appointment.patientId}
              onBookNext={props.onBookNext && ((patient) => props.onBookNext?.(appointment, patient))}
            />
          )}
          {mayReadHistory && <AppointmentHistorySection appointmentId={appointment.id} format={format} />}
        </Stack>
      )}
    </Drawer>
  );
}
