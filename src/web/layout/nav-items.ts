import type { Action } from '../../shared/permissions.ts';

export type NavItem = {
  to: string;
  label: string;
  /** Shown only to roles the permission table allows this action. */
  action?: Action;
  /** Shown only while the server keeps a development mailbox (no SMTP configured). */
  needsDevMailbox?: boolean;
};

export const navItems: NavItem[] = [
  { to: '/', label: 'Home' },
  { to: '/patients', label: 'Patients', action: 'patients.search' },
  { to: '/settings/clinic', label: 'Clinic settings', action: 'clinic.update' },
  { to: '/admin/users', label: 'Users', action: 'users.read' },
  { to: '/admin/audit', label: 'Audit log', action: 'audit.read' },
  { to: '/dev/mail', label: 'Dev mailbox', action: 'dev_mail.read', needsDevMailbox: true },
];
