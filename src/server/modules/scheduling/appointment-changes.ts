import type { AppointmentChangedField } from '../../../shared/appointment-history.ts';
import type { AppointmentRow } from './appointment-rows.ts';

type Compared = Pick<
  AppointmentRow,
  'start' | 'end' | 'providerId' | 'operatoryId' | 'appointmentTypeId' | 'notes'
>;

const lengthOf = (visit: Compared) => visit.end.getTime() - visit.start.getTime();

/**
 * What a change did to a visit, by field name only: the audit trail keeps which parts moved,
 * never the notes' words, and the history reads it back.
 */
export function changedFields(before: Compared, after: Compared): AppointmentChangedField[] {
  const changed: AppointmentChangedField[] = [];
  if (before.start.getTime() !== after.start.getTime()) changed.push('start');
  const typeChanged = before.appointmentTypeId !== after.appointmentTypeId;
  // A new type brings its own length: that is the type's change, not a resize.
  if (!typeChanged && lengthOf(before) !== lengthOf(after)) changed.push('end');
  if (before.providerId !== after.providerId) changed.push('provider');
  if (before.operatoryId !== after.operatoryId) changed.push('chair');
  if (typeChanged) changed.push('type');
  if (before.notes !== after.notes) changed.push('notes');
  return changed;
}

/** A change that only touched what the visit is (type, chair, notes), not when or with whom. */
export function isDetailsChange(changed: readonly string[]): boolean {
  return (
    changed.length > 0 && changed.every((field) => field === 'type' || field === 'chair' || field === 'notes')
  );
}
