import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { patientErrorMessage } from './patient-problem.ts';
import { profileFieldLabels } from './profile-form-fields.tsx';
import type { ProfileField, ProfileFormValues } from './profile-form-values.ts';

export type ProfileConflict =
  | { stage: 'stale'; error: unknown }
  | { stage: 'rebased'; version: number; overlapping: ProfileField[]; theirs: ProfileFormValues };

type Props = { conflict: ProfileConflict; reloading: boolean; onReload: () => void };

/** A `412 precondition_failed` on save, then what loading the other person's version kept. */
export function ProfileConflictAlert({ conflict, reloading, onReload }: Props) {
  if (conflict.stage === 'stale') {
    return (
      <Alert color="red" title={patientErrorMessage(conflict.error)} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            Your changes are not saved yet. Load their version: what you typed stays in the form, and the
            fields you did not touch take their values.
          </Text>
          <Button variant="white" color="red" loading={reloading} onClick={onReload}>
            Reload their version
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="blue" title="Their version is loaded" role="status">
      <Stack gap="xs">
        <Text size="sm">
          Your edits are kept on top of their version {conflict.version}. Review them and save again.
        </Text>
        {conflict.overlapping.length > 0 && (
          <>
            <Text size="sm">You both changed these fields; the form shows yours:</Text>
            <List size="sm">
              {conflict.overlapping.map((field) => (
                <List.Item key={field}>
                  {profileFieldLabels[field]}: theirs is “{conflict.theirs[field] || 'empty'}”
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}
