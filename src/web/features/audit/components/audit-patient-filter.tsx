import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../shared/patients.ts';
import { PatientPicker, usePatient } from '../../patients/index.ts';
import { auditNamespace } from '../i18n.ts';

type Props = { patientId: string; onChange: (patientId: string) => void };

/**
 * The patient filter: the booking drawer's picker, searched by name. A patient given by the
 * address alone (a shared link, a reload) is looked up to show who it is.
 */
export function AuditPatientFilter({ patientId, onChange }: Props) {
  const { t } = useTranslation(auditNamespace);
  const [chosen, setChosen] = useState<PatientSummary | null>(null);
  const value = chosen !== null && chosen.id === patientId ? chosen : null;
  return (
    <>
      <PatientPicker
        label={t('filters.patient')}
        value={value}
        onChange={(patient) => {
          setChosen(patient);
          onChange(patient?.id ?? '');
        }}
      />
      {patientId !== '' && value === null && <PatientLookup patientId={patientId} onFound={setChosen} />}
    </>
  );
}

// Beside the picker rather than around it, so that the picker keeps what is typed in it.
function PatientLookup({
  patientId,
  onFound,
}: {
  patientId: string;
  onFound: (patient: PatientSummary) => void;
}) {
  const patient = usePatient(patientId);
  useEffect(() => {
    if (patient.data) onFound(patient.data);
  }, [patient.data, onFound]);
  return null;
}
