import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MedicalHistory } from '../../../../shared/medical-history.ts';
import { type FieldErrors, withoutError } from '../../../forms/field-errors.ts';
import { useMedicalHistory } from '../api/use-medical-history.ts';
import { useUpdateMedicalHistory } from '../api/use-update-medical-history.ts';
import { patientsNamespace } from '../i18n.ts';
import { FormFeedback } from './form-feedback.tsx';
import { type HistoryConflict, HistoryConflictAlert } from './history-conflict-alert.tsx';
import { AlertRows, AllergyRows, ConditionRows, MedicationRows } from './history-form-sections.tsx';
import {
  type HistoryFormValues,
  type HistoryList,
  toHistoryFormValues,
  validateHistory,
} from './history-form-values.ts';
import { isStale, patientErrorMessage, patientFieldErrors } from './patient-problem.ts';

type Props = { patientId: string; history: MedicalHistory; onDone: () => void };

/**
 * Edits every list of the history; saving records a new version based on the one opened
 * (If-Match). When someone else saved first, their version can be loaded: the form keeps what
 * was typed and shows what they changed, to merge by hand.
 */
export function MedicalHistoryForm({ patientId, history, onDone }: Props) {
  const { t } = useTranslation(patientsNamespace);
  const { t: tCommon } = useTranslation();
  const update = useUpdateMedicalHistory();
  const latest = useMedicalHistory(patientId);
  const [base, setBase] = useState(history);
  const [values, setValues] = useState(() => toHistoryFormValues(history));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<HistoryConflict | null>(null);
  const [reloading, setReloading] = useState(false);

  function setList<List extends HistoryList>(list: List, rows: HistoryFormValues[List]) {
    setValues((current) => ({ ...current, [list]: rows }));
    // Rows shift when one is removed: their errors would point at the wrong row.
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith(`${list}.`))),
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const result = validateHistory(values);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(tCommon('problems.codes.validation_failed'));
      return;
    }
    setErrors({});
    update.mutate(
      { patientId, version: base.version, history: result.history },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: t('history.form.saved', { version: saved.version }) });
          onDone();
        },
        onError: (error) => {
          if (isStale(error)) {
            setConflict({ stage: 'stale', error });
            return;
          }
          setMessage(patientErrorMessage(error, 'medical history'));
          setErrors(patientFieldErrors(error));
        },
      },
    );
  }

  async function reloadTheirVersion() {
    setReloading(true);
    const result = await latest.refetch();
    setReloading(false);
    if (!result.data) {
      setMessage(patientErrorMessage(result.error, 'medical history'));
      return;
    }
    setConflict({ stage: 'rebased', mine: base, theirs: result.data });
    setBase(result.data);
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('history.form.label')}>
      <Stack>
        <AllergyRows
          rows={values.allergies}
          errors={errors}
          onChange={(rows) => setList('allergies', rows)}
        />
        <MedicationRows
          rows={values.medications}
          errors={errors}
          onChange={(rows) => setList('medications', rows)}
        />
        <ConditionRows
          rows={values.conditions}
          errors={errors}
          onChange={(rows) => setList('conditions', rows)}
        />
        <AlertRows rows={values.alerts} errors={errors} onChange={(rows) => setList('alerts', rows)} />
        <Textarea
          label={t('history.form.notes')}
          autosize
          minRows={3}
          value={values.notes}
          error={errors.notes}
          onChange={(event) => {
            const notes = event.currentTarget.value;
            setValues((current) => ({ ...current, notes }));
            setErrors((current) => withoutError(current, 'notes'));
          }}
        />
        {/* Next to the save button, where the person is looking when the save fails. */}
        <FormFeedback watch={conflict ?? message}>
          {conflict && (
            <HistoryConflictAlert conflict={conflict} reloading={reloading} onReload={reloadTheirVersion} />
          )}
          {message && (
            <Alert color="red" title={t('history.form.saveFailedTitle')}>
              {message}
            </Alert>
          )}
        </FormFeedback>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('history.form.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={conflict?.stage === 'stale'}>
            {t('history.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
