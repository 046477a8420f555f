import { DuplicateCandidates, type PatientSummary } from '../../../../shared/patients.ts';
import { ApiError, isApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';

type Subject = 'patient' | 'medical history';

// By problem `code`, never by the server's English title (STYLE.md §4).
function messageByCode(code: string, subject: Subject): string | undefined {
  switch (code) {
    case 'possible_duplicate':
      return 'This may be a patient who is already registered.';
    case 'precondition_failed':
      return subject === 'patient'
        ? 'Someone else saved this patient after you opened it.'
        : 'Someone else saved this medical history after you opened it.';
    case 'not_found':
      return 'This patient does not exist, or their record is not open to you.';
    default:
      return undefined;
  }
}

export function patientErrorMessage(error: unknown, subject: Subject = 'patient'): string {
  if (error instanceof ApiError) return messageByCode(error.code, subject) ?? apiErrorMessage(error);
  return apiErrorMessage(error);
}

/** The registered patients a `409 possible_duplicate` names, or null for any other error. */
export function duplicateCandidatesOf(error: unknown): PatientSummary[] | null {
  if (!isApiError(error, 'possible_duplicate')) return null;
  const parsed = DuplicateCandidates.safeParse(error.extensions);
  return parsed.success ? parsed.data.candidates : [];
}

export function isStale(error: unknown): boolean {
  return isApiError(error, 'precondition_failed');
}
