import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Blocker } from '../../../../shared/scheduling.ts';
import { ApiError } from '../../../api/api-error.ts';
import { formatDateTime, formatTime, formatTimeRange, type LocaleFormat } from '../../../i18n/format.ts';
import { appointmentQueryKeys } from '../api/appointment-query-keys.ts';
import { useRescheduleAppointment } from '../api/use-reschedule-appointment.ts';
import { appointmentBookNamespace } from '../i18n.ts';
import { shortPatientName } from './block-presentation.ts';
import type { MoveTarget } from './move-target.ts';

const ConflictMembers = z.object({ blockers: z.array(Blocker).default([]) });

function Notice(props: { text: string; action: string; onAction: () => void }) {
  return (
    <Group gap="sm" justify="space-between" wrap="nowrap">
      <Text size="sm">{props.text}</Text>
      <Button size="compact-sm" variant="light" onClick={props.onAction}>
        {props.action}
      </Button>
    </Group>
  );
}

type MoveOptions = { undo?: boolean; override?: boolean };

/**
 * Moves visits for the grid. While the server decides, the block already sits where it was
 * dropped (dashed); it stays there once the book has refetched, or goes back with the reason in
 * words. Every move offers Undo, which moves it back the same way.
 */
export function useMoveAppointment(format: LocaleFormat | null, providerName: (id: string) => string) {
  const { t } = useTranslation(appointmentBookNamespace);
  const queryClient = useQueryClient();
  const reschedule = useRescheduleAppointment();
  const [pending, setPending] = useState<ReadonlyMap<string, MoveTarget>>(new Map());
  const latest = useRef({ t, format, providerName });
  latest.current = { t, format, providerName };

  const move = useCallback(
    async (target: MoveTarget, options: MoveOptions = {}): Promise<void> => {
      const { t, format, providerName } = latest.current;
      const { item } = target;
      const notice = `appointment-move-${item.id}`;
      // The last move's Undo holds that move's version: gone as soon as another move starts.
      notifications.hide(notice);
      setPending((current) => new Map(current).set(item.id, target));
      try {
        const updated = await reschedule.mutateAsync({
          id: item.id,
          version: item.version,
          change: options.override ? { ...target.change, override: true } : target.change,
        });
        await queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all });
        notifications.hide(notice);
        if (options.undo) {
          notifications.show({ id: notice, message: t('move.undone'), color: 'teal' });
          return;
        }
        const patient = item.patient ? shortPatientName(item.patient) : t('block.patient');
        const resized = target.change.end !== undefined && target.change.start === undefined;
        const when = !format
          ? updated.start
          : resized
            ? formatTime(updated.end, format)
            : formatDateTime(updated.start, format);
        const back: MoveTarget = {
          item: { ...item, ...updated },
          change: {
            ...(target.change.start !== undefined ? { start: item.start } : {}),
            ...(target.change.end !== undefined ? { end: item.end } : {}),
            ...(target.change.providerId !== undefined ? { providerId: item.providerId } : {}),
            ...(target.change.operatoryId !== undefined ? { operatoryId: item.operatoryId } : {}),
          },
          start: item.start,
          end: item.end,
          providerId: item.providerId,
          operatoryId: item.operatoryId,
        };
        notifications.show({
          id: notice,
          color: 'teal',
          autoClose: 10_000,
          message: (
            <Notice
              text={t(resized ? 'move.resized' : 'move.moved', { patient, when })}
              action={t('move.undo')}
              onAction={() => {
                notifications.hide(notice);
                void move(back, { undo: true, override: true });
              }}
            />
          ),
        });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'precondition_failed') {
          await queryClient.invalidateQueries({ queryKey: appointmentQueryKeys.all });
        }
        const text = moveProblem(error, target, t, format, providerName);
        notifications.hide(notice);
        notifications.show({
          id: notice,
          color: 'red',
          title: t('move.failedTitle'),
          autoClose: 12_000,
          message:
            error instanceof ApiError && error.code === 'outside_working_hours' ? (
              <Notice
                text={text}
                action={t('move.moveAnyway')}
                onAction={() => {
                  notifications.hide(notice);
                  void move(target, { ...options, override: true });
                }}
              />
            ) : (
              text
            ),
        });
      } finally {
        setPending((current) => {
          const next = new Map(current);
          next.delete(item.id);
          return next;
        });
      }
    },
    [queryClient, reschedule.mutateAsync],
  );

  return { pending, move };
}

type T = ReturnType<typeof useTranslation<typeof appointmentBookNamespace>>['t'];

/** Why a move failed, in the reader's language, from the problem's code and members only. */
function moveProblem(
  error: unknown,
  target: MoveTarget,
  t: T,
  format: LocaleFormat | null,
  providerName: (id: string) => string,
): string {
  if (!(error instanceof ApiError)) return t('move.failed');
  const provider = providerName(target.providerId);
  switch (error.code) {
    case 'slot_unavailable': {
      const parsed = ConflictMembers.safeParse(error.extensions);
      const blocker = parsed.success ? parsed.data.blockers[0] : undefined;
      if (!blocker || !format) return `${t('move.blocker.unknown')} ${t('move.putBack')}`;
      const range = formatTimeRange(blocker.start, blocker.end, format);
      return `${t(`move.blocker.${blocker.resource}`, { provider, range })} ${t('move.putBack')}`;
    }
    case 'outside_working_hours':
      return t('move.outsideHours', { provider });
    case 'invalid_transition':
      return t('move.notMovable', { status: t(`appointmentStatus.${target.item.status}`, { ns: 'common' }) });
    case 'precondition_failed':
      return t('move.stale');
    default:
      return t('move.failed');
  }
}
