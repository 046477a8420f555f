import { Alert, Box, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.ts';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { formatDateTime, formatTime } from '../../../i18n/format.ts';
import { type BlockerContext, BlockerList } from './blocker-sentence.tsx';
import { sameLocalDate } from './booking-time.ts';
import { bookingNamespace } from './i18n.ts';
import { type OpenSlot, outsideHoursOf, outsideHoursSentence, slotConflictOf } from './slot-conflict.ts';
import { okText, quietText } from './text-colours.ts';
import type { SlotCheck } from './use-slot-hold.ts';

type Props = {
  check: SlotCheck;
  /** A problem from saving, shown instead of the live check until the form changes. */
  saveProblem: unknown;
  /** The start asked for, to say suggestions on another day with their date. */
  start: string | null;
  context: BlockerContext;
  onSuggestion: (slot: OpenSlot) => void;
};

/** Whether the chosen time is free, and if not, who is in the way and what is free instead. */
export function SlotStatus({ check, saveProblem, start, context, onSuggestion }: Props) {
  const { t } = useTranslation(bookingNamespace);
  const problem = saveProblem ?? (check.state === 'failed' ? check.error : null);
  const atSave = saveProblem !== null && saveProblem !== undefined;

  return (
    <Box role="status" aria-live="polite" aria-label={t('slot.region')}>
      {problem !== null ? (
        <SlotProblem
          problem={problem}
          atSave={atSave}
          start={start}
          context={context}
          onSuggestion={onSuggestion}
        />
      ) : check.state === 'checking' ? (
        <Group gap="xs">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm">{t('slot.checking')}</Text>
        </Group>
      ) : check.state === 'held' ? (
        <Text size="sm" c={okText}>
          <span aria-hidden="true">✓ </span>
          {t('slot.held', { time: formatTime(check.hold.expiresAt, context.format) })}
        </Text>
      ) : (
        <Text size="sm" c={quietText}>
          {t('slot.incomplete')}
        </Text>
      )}
    </Box>
  );
}

function SlotProblem({
  problem,
  atSave,
  start,
  context,
  onSuggestion,
}: {
  problem: unknown;
  atSave: boolean;
  start: string | null;
  context: BlockerContext;
  onSuggestion: (slot: OpenSlot) => void;
}) {
  const { t } = useTranslation(bookingNamespace);
  const conflict = slotConflictOf(problem);
  if (conflict) {
    const when = (slot: OpenSlot) =>
      start === null || sameLocalDate(slot.start, start, context.format.timeZone)
        ? formatTime(slot.start, context.format)
        : formatDateTime(slot.start, context.format);
    return (
      <Alert color="red" title={atSave ? t('slot.takenAtSave') : t('slot.taken')}>
        <Stack gap="xs">
          <BlockerList blockers={conflict.blockers} context={context} />
          {conflict.suggestions.length > 0 ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('slot.suggestions')}
              </Text>
              <Group gap="xs">
                {conflict.suggestions.map((slot) => (
                  <Button
                    key={`${slot.providerId}:${slot.start}`}
                    size="compact-sm"
                    variant="light"
                    onClick={() => onSuggestion(slot)}
                  >
                    {t('slot.useSuggestion', { time: when(slot) })}
                  </Button>
                ))}
              </Group>
            </Stack>
          ) : (
            <Text size="sm">{t('slot.noSuggestions')}</Text>
          )}
        </Stack>
      </Alert>
    );
  }
  const outsideHours = outsideHoursOf(problem);
  if (outsideHours) {
    const sentence = outsideHoursSentence(outsideHours, context.providerName(context.providerId));
    return (
      <Alert color={outsideHours.blockers.length > 0 ? 'red' : 'yellow'} title={t('slot.outsideHours')}>
        <Stack gap="xs">
          <Text size="sm">{t(sentence.key, sentence.values)}</Text>
          {outsideHours.blockers.length > 0 ? (
            <>
              <Text size="sm" fw={600}>
                {t('slot.stillInTheWay')}
              </Text>
              <BlockerList blockers={outsideHours.blockers} context={context} />
            </>
          ) : null}
        </Stack>
      </Alert>
    );
  }
  if (isApiError(problem, 'hold_expired')) {
    return <Alert color="yellow">{t('slot.holdExpired')}</Alert>;
  }
  return (
    <Alert color="red" title={t('slot.problem')}>
      {apiErrorMessage(problem)}
    </Alert>
  );
}
