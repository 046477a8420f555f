import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SeriesConflict } from '../../../../shared/recurring.ts';
import { ApiError, isApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { type BlockerContext, BlockerSentence } from './blocker-sentence.tsx';
import { bookingNamespace } from './i18n.ts';
import { oneBlockerPerAppointment } from './slot-conflict.ts';

const ConflictMembers = z.object({ conflicts: z.array(SeriesConflict).default([]) });

/** The clashing visits of a `409 series_conflict`, or null for any other error. */
export function seriesConflictsOf(error: unknown): SeriesConflict[] | null {
  if (!isApiError(error, 'series_conflict')) return null;
  const parsed = ConflictMembers.safeParse(error.extensions);
  return parsed.success ? parsed.data.conflicts : [];
}

/**
 * Why a series was not booked: for a clash, each visit that cannot be booked and what is in its
 * way (nothing at all was booked); for a rule the server refused, its reason.
 */
export function SeriesProblem({ problem, context }: { problem: unknown; context: BlockerContext }) {
  const { t } = useTranslation(bookingNamespace);
  const conflicts = seriesConflictsOf(problem);
  if (conflicts) {
    return (
      <Alert color="red" title={t('repeat.conflictTitle', { count: conflicts.length })}>
        <Stack gap="xs">
          <Text size="sm">{t('repeat.nothingBooked')}</Text>
          <List size="sm" spacing={6} aria-label={t('repeat.conflictList')}>
            {conflicts.map((conflict) => (
              <List.Item key={conflict.start} data-conflict-start={conflict.start}>
                <Text size="sm" fw={600} span>
                  {formatDateTime(conflict.start, context.format)}
                </Text>{' '}
                —{' '}
                {conflict.reason === 'outside_working_hours'
                  ? t('repeat.reason.outsideHours', { provider: context.providerName(context.providerId) })
                  : t('repeat.reason.taken')}
                {conflict.blockers && conflict.blockers.length > 0 && (
                  <List size="sm" withPadding>
                    {oneBlockerPerAppointment(conflict.blockers).map((blocker, index) => (
                      <BlockerSentence
                        key={`${blocker.resource}:${blocker.appointmentId ?? index}`}
                        blocker={blocker}
                        context={context}
                      />
                    ))}
                  </List>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      </Alert>
    );
  }
  const ruleProblem =
    problem instanceof ApiError &&
    problem.code === 'validation_failed' &&
    problem.errors.some((error) => error.path === 'rrule' || error.path === 'start');
  return (
    <Alert color="red" title={t('repeat.failed')}>
      <Text size="sm">{ruleProblem ? t('repeat.ruleRefused') : apiErrorMessage(problem)}</Text>
    </Alert>
  );
}
