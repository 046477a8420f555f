import type { TFunction } from 'i18next';
import { StaffRole } from '../../../../shared/users.ts';

export type StaffRoleName = (typeof StaffRole.options)[number];

/** The role choices, named in the user's language (the shell's catalogue names every role). */
export function staffRoleOptions(t: TFunction<'common'>): { value: StaffRoleName; label: string }[] {
  return StaffRole.options.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

export function isStaffRoleName(value: string | null): value is StaffRoleName {
  return StaffRole.safeParse(value).success;
}
