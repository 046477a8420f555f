import type { Action } from '../../shared/permissions.ts';
import type { common } from '../i18n/locales/en.ts';

export type NavItem = {
  to: string;
  /** A key under `nav` in the shell's catalogue. */
  label: keyof typeof common.nav;
  /** Shown only to roles the permission table allows this action. */
  action?: Action;
  /** Shown only while the server keeps a development mailbox (no SMTP configured). */
  needsDevMailbox?: boolean;
};

export const navItems: NavItem[] = [
  { to: '/', label: 'home' },
  { to: '/patients', label: 'patients', action: 'patients.search' },
  { to: '/settings/clinic', label: 'clinicSettings', action: 'clinic.update' },
  { to: '/admin/users', label: 'users', action: 'users.read' },
  { to: '/admin/audit', label: 'audit', action: 'audit.read' },
  { to: '/dev/mail', label: 'devMail', action: 'dev_mail.read', needsDevMailbox: true },
];
