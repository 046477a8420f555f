import { StaffRole } from '../../../../shared/users.ts';

export type StaffRoleName = (typeof StaffRole.options)[number];

export const roleLabels: Record<StaffRoleName, string> = {
  admin: 'Administrator',
  manager: 'Manager',
  staff: 'Staff',
  provider: 'Provider',
};

export const staffRoleOptions = StaffRole.options.map((role) => ({ value: role, label: roleLabels[role] }));

export function isStaffRoleName(value: string | null): value is StaffRoleName {
  return StaffRole.safeParse(value).success;
}
