import i18n, { type TFunction } from 'i18next';
import { DuplicateCandidates, type PatientSummary } from '../../../../shared/patients.ts';
import { ApiError, isApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { type FieldErrors, problemFieldErrors } from '../../../forms/field-errors.ts';
import { patientsNamespace } from '../i18n.ts';

type Subject = 'patient' | 'medical history';
type PatientsT = TFunction<'patients'>;

// By problem `code`, never by the server's English title (STYLE.md §4).
function messageByCode(code: string, subject: Subject, t: PatientsT): string | undefined {
  switch (code) {
    case 'possible_duplicate':
      return t('problems.possibleDuplicate');
    case 'precondition_failed':
      return subject === 'patient' ? t('problems.patientStale') : t('problems.historyStale');
    case 'not_found':
      return t('problems.notFound');
    default:
      return undefined;
  }
}

/** What went wrong, in the user's language (callable outside components, e.g. in mutation callbacks). */
export function patientErrorMessage(error: unknown, subject: Subject = 'patient'): string {
  const t = i18n.getFixedT(null, patientsNamespace);
  if (error instanceof ApiError) return messageByCode(error.code, subject, t) ?? apiErrorMessage(error);
  return apiErrorMessage(error);
}

/**
 * Field messages of a refused patient save. The server checks phone numbers (against the
 * clinic's country), the guardian and what a patient may edit; each gets its own words.
 */
export function patientFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const t = i18n.getFixedT(null, patientsNamespace);
  const forbidden = error.code === 'forbidden';
  return problemFieldErrors(error, {
    specific: (path) => {
      if (forbidden) return t('profile.notEditable');
      if (/(^|\.)(phone|secondaryPhone)$/.test(path)) return t('profile.invalidPhone');
      if (path === 'guardianPatientId') return t('profile.noSuchPatient');
      return undefined;
    },
  });
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
