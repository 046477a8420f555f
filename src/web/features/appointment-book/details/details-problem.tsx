import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type BlockerContext, BlockerList } from '../booking/blocker-sentence.tsx';
import { bookingNamespace } from '../booking/i18n.ts';
import { outsideHoursOf, outsideHoursSentence, slotConflictOf } from '../booking/slot-conflict.ts';
import { StatusProblem } from '../booking/status-problem.tsx';
import { appointmentDetailsNamespace } from './i18n.ts';

type Props = {
  error: unknown;
  context: BlockerContext;
  /** Saves again outside the provider's hours; offered only when nothing else is in the way. */
  onOverride: () => void;
  saving: boolean;
};

/** Why the change was not saved, in the booking form's words: who is in the way, or the hours. */
export function DetailsProblem({ error, context, onOverride, saving }: Props) {
  const { t } = useTranslation(appointmentDetailsNamespace);
  const { t: tBooking } = useTranslation(bookingNamespace);
  const conflict = slotConflictOf(error);
  if (conflict) {
    return (
      <Alert color="red" title={t('edit.taken')} role="alert">
        <BlockerList blockers={conflict.blockers} context={context} />
      </Alert>
    );
  }
  const outsideHours = outsideHoursOf(error);
  if (outsideHours) {
    const sentence = outsideHoursSentence(outsideHours, context.providerName(context.providerId));
    const blocked = outsideHours.blockers.length > 0;
    return (
      <Alert color={blocked ? 'red' : 'yellow'} title={tBooking('slot.outsideHours')} role="alert">
        <Stack gap="xs">
          <Text size="sm">{tBooking(sentence.key, sentence.values)}</Text>
          {blocked ? (
            <>
              <Text size="sm" fw={600}>
                {tBooking('slot.stillInTheWay')}
              </Text>
              <BlockerList blockers={outsideHours.blockers} context={context} />
            </>
          ) : (
            <Button size="compact-md" variant="default" loading={saving} onClick={onOverride}>
              {t('edit.saveAnyway')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('edit.failed')} role="alert">
      <StatusProblem error={error} />
    </Alert>
  );
}
