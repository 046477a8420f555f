import { Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../../shared/patients.ts';
import { type FieldErrors, withoutError } from '../../../forms/field-errors.ts';
import { usePatient } from '../api/use-patient.ts';
import { useUpdatePatient } from '../api/use-update-patient.ts';
import { patientsNamespace } from '../i18n.ts';
import { FormFeedback } from './form-feedback.tsx';
import { isStale, patientErrorMessage, patientFieldErrors } from './patient-problem.ts';
import { type ProfileConflict, ProfileConflictAlert } from './profile-conflict-alert.tsx';
import { ProfileFormFields } from './profile-form-fields.tsx';
import {
  editableFields,
  type ProfileField,
  profileChanges,
  rebaseProfile,
  toProfileFormValues,
} from './profile-form-values.ts';

type Props = { patient: Patient; role: string; onDone: () => void };

/**
 * Edits the profile against the version it was opened at (If-Match). When someone else saved
 * first, their version can be loaded without losing what was typed here.
 */
export function ProfileForm({ patient, role, onDone }: Props) {
  const { t } = useTranslation(patientsNamespace);
  const update = useUpdatePatient();
  const latest = usePatient(patient.id);
  const [base, setBase] = useState(patient);
  const [values, setValues] = useState(() => toProfileFormValues(patient));
  const [edited, setEdited] = useState<ReadonlySet<ProfileField>>(new Set());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ProfileConflict | null>(null);
  const [reloading, setReloading] = useState(false);
  const editable = useMemo(() => new Set(editableFields(role)), [role]);

  function setField(field: ProfileField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => new Set(current).add(field));
    setErrors((current) => withoutError(current, field));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const result = profileChanges(toProfileFormValues(base), values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (Object.keys(result.changes).length === 0) {
      onDone();
      return;
    }
    update.mutate(
      { id: base.id, version: base.version, changes: result.changes },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('profile.saved') });
          onDone();
        },
        onError: (error) => {
          if (isStale(error)) {
            setConflict({ stage: 'stale', error });
            return;
          }
          setMessage(patientErrorMessage(error));
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
      setMessage(patientErrorMessage(result.error));
      return;
    }
    const theirs = toProfileFormValues(result.data);
    const rebased = rebaseProfile(toProfileFormValues(base), theirs, values, edited);
    setBase(result.data);
    setValues(rebased.values);
    setConflict({ stage: 'rebased', version: result.data.version, overlapping: rebased.overlapping, theirs });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('profile.formLabel')}>
      <Stack maw={900}>
        <ProfileFormFields values={values} errors={errors} editable={editable} onChange={setField} />
        {/* Next to the save button, where the person is looking when the save fails. */}
        <FormFeedback watch={conflict ?? message}>
          {conflict && (
            <ProfileConflictAlert conflict={conflict} reloading={reloading} onReload={reloadTheirVersion} />
          )}
          {message && (
            <Alert color="red" title={t('profile.saveFailedTitle')}>
              {message}
            </Alert>
          )}
        </FormFeedback>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('profile.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={conflict?.stage === 'stale'}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
