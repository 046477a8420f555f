import { notifications } from '@mantine/notifications';
import type { Translate } from './dashboard-problem.ts';

/** A short confirmation in the corner, whose close button says what it does. */
export function showDone(message: string, t: Translate): void {
  notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('notice.dismiss') } });
}
