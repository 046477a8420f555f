import type { TFunction } from 'i18next';
import type { User } from '../../../../shared/users.ts';
import type { StaffRoleName } from './staff-roles.ts';

/** A change to someone's account that needs a confirmation first. */
export type UserAction =
  | { kind: 'change-role'; user: User; role: StaffRoleName }
  | { kind: 'deactivate'; user: User }
  | { kind: 'reactivate'; user: User }
  | { kind: 'reset-two-factor'; user: User };

export type UserActionText = { title: string; body: string; confirm: string; color: string; done: string };

const messageKeys = {
  'change-role': 'changeRole',
  deactivate: 'deactivate',
  reactivate: 'reactivate',
  'reset-two-factor': 'resetTwoFactor',
} as const;

const colors: Record<UserAction['kind'], string> = {
  'change-role': 'teal',
  deactivate: 'red',
  reactivate: 'teal',
  'reset-two-factor': 'red',
};

export function describeUserAction(
  action: UserAction,
  t: TFunction<'users'>,
  tCommon: TFunction<'common'>,
): UserActionText {
  const values = {
    name: action.user.name,
    role: action.kind === 'change-role' ? tCommon(`roles.${action.role}`) : '',
  };
  const key = messageKeys[action.kind];
  return {
    title: t(`confirm.${key}.title`, values),
    body: t(`confirm.${key}.body`, values),
    confirm: t(`confirm.${key}.confirm`),
    color: colors[action.kind],
    done: t(`confirm.${key}.done`, values),
  };
}
