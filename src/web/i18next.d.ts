import 'i18next';
import type { account } from './features/account/locales/en.ts';
import type { booking } from './features/appointment-book/booking/locales/en.ts';
import type { appointmentDetails } from './features/appointment-book/details/locales/en.ts';
import type { appointmentBook } from './features/appointment-book/locales/en.ts';
import type { audit } from './features/audit/locales/en.ts';
import type { auth } from './features/auth/locales/en.ts';
import type { billing } from './features/billing/locales/en.ts';
import type { clinic } from './features/clinic/locales/en.ts';
import type { dashboard } from './features/dashboard/locales/en.ts';
import type { devMail } from './features/dev-mail/locales/en.ts';
import type { patientPicker } from './features/patients/components/locales/en.ts';
import type { patients } from './features/patients/locales/en.ts';
import type { providerDashboard } from './features/provider-dashboard/locales/en.ts';
import type { schedulingSetup } from './features/scheduling-setup/locales/en.ts';
import type { users } from './features/users/locales/en.ts';
import type { waitlist } from './features/waitlist/locales/en.ts';
import type { common } from './i18n/locales/en.ts';

// Message keys are checked at compile time: t('nav.hom') does not build. Each feature's
// English catalogue joins here under the namespace it registers with addCatalogue().
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      appointmentBook: typeof appointmentBook;
      appointmentDetails: typeof appointmentDetails;
      billing: typeof billing;
      booking: typeof booking;
      patientPicker: typeof patientPicker;
      account: typeof account;
      audit: typeof audit;
      auth: typeof auth;
      clinic: typeof clinic;
      dashboard: typeof dashboard;
      devMail: typeof devMail;
      patients: typeof patients;
      users: typeof users;
      providerDashboard: typeof providerDashboard;
      schedulingSetup: typeof schedulingSetup;
      waitlist: typeof waitlist;
    };
  }
}
