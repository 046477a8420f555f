import type { Patient, PatientAlert, PatientSummary } from '../../../shared/patients.ts';
import type { PatientRow } from './patient-scope.ts';

export function toPatient(row: PatientRow, alerts: PatientAlert[]): Patient {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    preferredName: row.preferredName,
    dateOfBirth: row.dateOfBirth,
    sex: row.sex,
    email: row.email,
    phone: row.phone,
    secondaryPhone: row.secondaryPhone,
    address: row.address,
    emergencyContact: row.emergencyContact,
    preferredContact: row.preferredContact,
    notes: row.notes,
    insurance: row.insurance,
    guardianPatientId: row.guardianPatientId,
    guardianContact: row.guardianContact,
    archived: row.archivedAt !== null,
    alerts,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toPatientSummary(
  row: Pick<
    PatientRow,
    'id' | 'firstName' | 'lastName' | 'preferredName' | 'dateOfBirth' | 'email' | 'phone' | 'archivedAt'
  >,
  alerts: PatientAlert[],
): PatientSummary {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    preferredName: row.preferredName,
    dateOfBirth: row.dateOfBirth,
    email: row.email,
    phone: row.phone,
    archived: row.archivedAt !== null,
    alerts,
  };
}
