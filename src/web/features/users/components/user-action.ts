import type { User } from '../../../../shared/users.ts';
import { roleLabels, type StaffRoleName } from './staff-roles.ts';

/** A change to someone's account that needs a confirmation first. */
export type UserAction =
  | { kind: 'change-role'; user: User; role: StaffRoleName }
  | { kind: 'deactivate'; user: User }
  | { kind: 'reactivate'; user: User }
  | { kind: 'reset-two-factor'; user: User };

export type UserActionText = { title: string; body: string; confirm: string; color: string; done: string };

export function describeUserAction(action: UserAction): UserActionText {
  const { name } = action.user;
  switch (action.kind) {
    case 'change-role':
      return {
        title: `Change the role of ${name}?`,
        body: `${name} becomes ${roleLabels[action.role]} and is logged out everywhere, so the new permissions apply at once.`,
        confirm: 'Change role',
        color: 'teal',
        done: `${name} is now ${roleLabels[action.role]}`,
      };
    case 'deactivate':
      return {
        title: `Deactivate ${name}?`,
        body: `${name} is logged out at once and can no longer log in. You can reactivate the account later.`,
        confirm: 'Deactivate',
        color: 'red',
        done: `${name} was deactivated`,
      };
    case 'reactivate':
      return {
        title: `Reactivate ${name}?`,
        body: `${name} can log in again with their existing password.`,
        confirm: 'Reactivate',
        color: 'teal',
        done: `${name} was reactivated`,
      };
    case 'reset-two-factor':
      return {
        title: `Reset two-factor authentication for ${name}?`,
        body: `Their authenticator and recovery codes stop working and they are logged out. Do this when they lost their phone; they set up two-factor again at their next login.`,
        confirm: 'Reset two-factor',
        color: 'red',
        done: `Two-factor authentication was reset for ${name}`,
      };
  }
}
