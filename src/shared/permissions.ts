export const roles = ['admin', 'manager', 'staff', 'provider', 'patient'] as const;
export type Role = (typeof roles)[number];

export const staffRoles = ['admin', 'manager', 'staff', 'provider'] as const satisfies readonly Role[];

/**
 * The one table of who may do what. The server checks it at every route (each route
 * declares its action) and the web app reads it to decide what to show.
 */
export const permissions = {
  'account.self': ['admin', 'manager', 'staff', 'provider', 'patient'],
  'account.two_factor': staffRoles,
  'clinic.update': ['admin'],
  'security.manage': ['admin'],
  'users.read': ['admin'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  'patients.search': staffRoles,
  'patients.create': staffRoles,
  // Patients reach only their own record and their dependants' (ownership is in the query).
  'patients.read': [...staffRoles, 'patient'],
  'patients.update': [...staffRoles, 'patient'],
  'patients.archive': ['admin', 'manager'],
  'medical_history.read': [...staffRoles, 'patient'],
  'medical_history.update': [...staffRoles, 'patient'],
  'providers.manage': ['admin', 'manager'],
  'working_hours.read': staffRoles,
  // Providers edit only their own hours and time off (checked against the provider's user).
  'working_hours.manage': ['admin', 'manager', 'provider'],
  // Issuing, revoking and checking a provider's calendar feed token; providers their own only.
  'calendar_feed.manage': ['admin', 'manager', 'provider'],
  'holidays.read': staffRoles,
  'holidays.manage': ['admin', 'manager'],
  'appointment_types.manage': ['admin', 'manager'],
  'operatories.read': staffRoles,
  'operatories.manage': ['admin', 'manager'],
  'appointments.read': [...staffRoles, 'patient'],
  'appointments.book': [...staffRoles, 'patient'],
  'appointments.reschedule': [...staffRoles, 'patient'],
  'appointments.cancel': [...staffRoles, 'patient'],
  'appointments.status': staffRoles,
  // Who booked, moved and changed a visit: the desk's and the providers' record, not the patient's.
  'appointments.history': staffRoles,
  // Undoing a completion reverses its fee: a correction to the books.
  'appointments.reopen': ['admin', 'manager'],
  'appointments.live': staffRoles,
  // Patients reach only their own entries and their dependants' (ownership is in the query).
  'waitlist.read': [...staffRoles, 'patient'],
  'waitlist.manage': [...staffRoles, 'patient'],
  // Ledger, account, receipts and statements; patients their own account only (ownership is in the query).
  'billing.read': [...staffRoles, 'patient'],
  'billing.charge': staffRoles,
  'billing.adjust': ['admin', 'manager'],
  // Staff take any method; a patient pays their own account by card only.
  'payments.take': [...staffRoles, 'patient'],
  'payments.list': staffRoles,
  'payments.refund': ['admin', 'manager'],
  'payment_links.create': staffRoles,
  'day_close.read': staffRoles,
  'day_close.close': ['admin', 'manager'],
  // Reports and the manager's dashboard: the clinic's figures, not one patient's.
  'reports.read': ['admin', 'manager'],
  // The front desk's day at a glance (visits, arrivals, balances due today).
  'dashboard.today': ['admin', 'manager', 'staff'],
  'dev_mail.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

/** What a route declares: an action from the table, or that it is open to anyone. */
export type RouteAccess = { action: Action } | { public: true };

export function roleMay(role: Role, action: Action): boolean {
  return (permissions[action] as readonly Role[]).includes(role);
}

export function isStaffRole(role: Role): boolean {
  return (staffRoles as readonly Role[]).includes(role);
}
