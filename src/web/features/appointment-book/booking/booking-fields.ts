import { ApiError } from '../../../api/api-error.ts';

/** The booking's fields a server problem can point at (`errors[].path`). */
export const bookingFields = [
  'patientId',
  'appointmentTypeId',
  'providerId',
  'operatoryId',
  'start',
  'notes',
] as const;
export type BookingField = (typeof bookingFields)[number];

function isBookingField(path: string): path is BookingField {
  return (bookingFields as readonly string[]).includes(path);
}

/**
 * The fields a `400`/`422` problem names, so each shows a message of its own (translated by
 * field, never the server's English). Paths outside the form are left to the general message.
 */
export function fieldsWithProblems(error: unknown): BookingField[] {
  if (!(error instanceof ApiError)) return [];
  return [...new Set(error.errors.map((problem) => problem.path.split('.')[0] ?? ''))].filter(isBookingField);
}
