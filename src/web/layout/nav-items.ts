import type { Action, Role } from '../../shared/permissions.ts';
import type { common } from '../i18n/locales/en.ts';

export type NavItem = {
  to: string;
  /** A key under `nav` in the shell's catalogue. */
  label: keyof typeof common.nav;
  /** Shown only to roles the permission table allows this action. */
  action?: Action;
  /** Shown only to these roles, on top of `action` (a provider's own dashboard). */
  roles?: readonly Role[];
  /** Shown only while the server keeps a development mailbox (no SMTP configured). */
  needsDevMailbox?: boolean;
};

export const navItems: NavItem[] = [
  { to: '/', label: 'home' },
  { to: '/appointments', label: 'appointmentBook', action: 'appointments.live' },
  { to: '/my-day', label: 'myDay', action: 'appointments.live', roles: ['provider'] },
  { to: '/my-schedule', label: 'mySchedule', action: 'working_hours.manage', roles: ['provider'] },
  { to: '/patients', label: 'patients', action: 'patients.search' },
  { to: '/waitlist', label: 'waitlist', action: 'appointments.live' },
  { to: '/payments', label: 'payments', action: 'payments.list' },
  { to: '/settings/clinic', label: 'clinicSettings', action: 'clinic.update' },
  { to: '/settings/scheduling', label: 'scheduling', action: 'appointment_types.manage' },
  { to: '/admin/users', label: 'users', action: 'users.read' },
  { to: '/admin/audit', label: 'audit', action: 'audit.read' },
  { to: '/dev/mail', label: 'devMail', action: 'dev_mail.read', needsDevMailbox: true },
];
