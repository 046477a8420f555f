import { z } from 'zod';
import {
  AppointmentChangedField,
  type AppointmentHistoryEvent,
} from '../../../shared/appointment-history.ts';
import { AppointmentStatus } from '../../../shared/scheduling.ts';
import type { EntityEvent } from '../audit/find-entity-events.ts';
import { isDetailsChange } from './appointment-changes.ts';

/** The audit actions that change an appointment; reads and holds are not its history. */
export const appointmentHistoryActions = [
  'appointments.book',
  'appointments.reschedule',
  'appointments.status',
  'appointments.cancel',
] as const;

// The trail outlives the code that wrote it: every member is optional and checked on reading.
const Detail = z
  .object({
    from: z.string().nullish(),
    to: z.string().nullish(),
    toEnd: z.string().nullish(),
    changed: z.array(z.string()).nullish(),
    seriesId: z.string().nullish(),
  })
  .catch({});

const statusOf = (value: string | null | undefined) => AppointmentStatus.safeParse(value).data ?? null;

function knownFields(changed: readonly string[]) {
  return changed.flatMap((field) => AppointmentChangedField.safeParse(field).data ?? []);
}

/**
 * One audit event of an appointment as its history line. The cancel reason is not in the trail
 * (it is the patient's words); a cancelled visit stays cancelled, so the appointment's reason is
 * the one its cancellation gave.
 */
export function toHistoryEvent(
  event: EntityEvent,
  appointment: { cancelReason: string | null },
): AppointmentHistoryEvent | null {
  const detail = Detail.parse(event.detail ?? {});
  const base: AppointmentHistoryEvent = {
    id: event.id,
    at: event.at.toISOString(),
    actorName: event.actorName,
    actorRole: event.actorRole,
    kind: 'booked',
    fromStatus: null,
    toStatus: null,
    start: null,
    end: null,
    changedFields: [],
    cancelReason: null,
    seriesId: z.uuid().safeParse(detail.seriesId).data ?? null,
  };
  switch (event.action) {
    case 'appointments.book':
      return base;
    case 'appointments.reschedule': {
      const changed = knownFields(detail.changed ?? []);
      // Before fields were recorded, a change that kept the time was a notes edit.
      const detailsOnly =
        detail.changed == null ? detail.from === detail.to && detail.toEnd == null : isDetailsChange(changed);
      if (detailsOnly) return { ...base, kind: 'details_changed', changedFields: changed };
      return {
        ...base,
        kind: 'rescheduled',
        start: detail.to ?? null,
        end: detail.toEnd ?? null,
        changedFields: changed,
      };
    }
    case 'appointments.status': {
      const fromStatus = statusOf(detail.from);
      const toStatus = statusOf(detail.to);
      const kind = fromStatus === 'completed' ? 'reopened' : 'status_changed';
      return { ...base, kind, fromStatus, toStatus };
    }
    case 'appointments.cancel':
      return {
        ...base,
        kind: 'cancelled',
        fromStatus: statusOf(detail.from),
        toStatus: 'cancelled',
        cancelReason: appointment.cancelReason,
      };
    default:
      return null;
  }
}
