import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { patientsNamespace } from '../i18n.ts';
import { patientErrorMessage } from './patient-problem.ts';
import { profileFieldLabels } from './profile-form-fields.tsx';
import type { ProfileField, ProfileFormValues } from './profile-form-values.ts';

export type ProfileConflict =
  | { stage: 'stale'; error: unknown }
  | { stage: 'rebased'; version: number; overlapping: ProfileField[]; theirs: ProfileFormValues };

type Props = { conflict: ProfileConflict; reloading: boolean; onReload: () => void };

/** A `412 precondition_failed` on save, then what loading the other person's version kept. */
export function ProfileConflictAlert({ conflict, reloading, onReload }: Props) {
  const { t } = useTranslation(patientsNamespace);
  if (conflict.stage === 'stale') {
    return (
      <Alert color="red" title={patientErrorMessage(conflict.error)} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('profile.conflict.staleBody')}</Text>
          <Button variant="white" color="red" loading={reloading} onClick={onReload}>
            {t('profile.conflict.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="blue" title={t('profile.conflict.loadedTitle')} role="status">
      <Stack gap="xs">
        <Text size="sm">{t('profile.conflict.loadedBody', { version: conflict.version })}</Text>
        {conflict.overlapping.length > 0 && (
          <>
            <Text size="sm">{t('profile.conflict.bothChanged')}</Text>
            <List size="sm">
              {conflict.overlapping.map((field) => (
                <List.Item key={field}>
                  {t('profile.conflict.theirs', {
                    field: t(`profile.fields.${profileFieldLabels[field]}`),
                    value: conflict.theirs[field] || t('profile.conflict.empty'),
                  })}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}
