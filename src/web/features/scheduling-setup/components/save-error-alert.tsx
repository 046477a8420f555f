import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { schedulingSetupNamespace } from '../i18n.ts';
import { problemMessage } from './field-messages.ts';

type Props = {
  /** The failed mutation's error, if the server refused. */
  error: unknown;
  /** Whether the form's own check found fields to fix (nothing was sent). */
  invalid?: boolean;
  title?: string;
};

/** The summary above a form when saving failed; the fields carry the details. */
export function SaveErrorAlert({ error, invalid = false, title }: Props) {
  const { t } = useTranslation(schedulingSetupNamespace);
  if (!error && !invalid) return null;
  return (
    <Alert color="red" title={title ?? t('errors.saveFailed')} role="alert">
      {error ? problemMessage(error, t) : t('errors.summary')}
    </Alert>
  );
}
