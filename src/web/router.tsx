import { createBrowserRouter } from 'react-router';
import { queryClient } from './api/query-client.ts';
import { PageLoader } from './components/page-loader.tsx';
import { RouteError } from './components/route-error.tsx';
import { RequireAuth, RequirePermission } from './features/auth/index.ts';
import { LoginPage } from './features/auth/routes/login-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { HomePage } from './routes/home-page.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';

// Everything but the shell, the home page and the login page is split out, so the first
// load carries neither the admin screens nor the forms people use once.
export const router = createBrowserRouter([
  {
    ErrorBoundary: RouteError,
    // Shown while a lazy route loads on first paint (e.g. opening /admin/users directly).
    HydrateFallback: PageLoader,
    children: [
      { path: 'login', Component: LoginPage },
      {
        path: 'register',
        lazy: async () => ({
          Component: (await import('./features/auth/routes/register-page.tsx')).RegisterPage,
        }),
      },
      {
        path: 'verify-email',
        lazy: async () => ({
          Component: (await import('./features/auth/routes/verify-email-page.tsx')).VerifyEmailPage,
        }),
      },
      {
        path: 'forgot-password',
        lazy: async () => ({
          Component: (await import('./features/auth/routes/forgot-password-page.tsx')).ForgotPasswordPage,
        }),
      },
      {
        path: 'reset-password',
        lazy: async () => ({
          Component: (await import('./features/auth/routes/reset-password-page.tsx')).ResetPasswordPage,
        }),
      },
      {
        path: 'accept-invitation',
        lazy: async () => ({
          Component: (await import('./features/auth/routes/accept-invitation-page.tsx')).AcceptInvitationPage,
        }),
      },
      // Reached without logging in: a payment link, and where Stripe Checkout sends the payer back.
      {
        path: 'pay/:token',
        lazy: async () => ({
          Component: (await import('./features/billing/routes/pay-link-page.tsx')).PayLinkPage,
        }),
      },
      {
        path: 'payments/return',
        lazy: async () => ({
          Component: (await import('./features/billing/routes/payment-return-page.tsx')).PaymentReturnPage,
        }),
      },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, Component: HomePage },
          {
            path: 'account',
            lazy: async () => ({
              Component: (await import('./features/account/routes/account-page.tsx')).AccountPage,
            }),
          },
          {
            element: <RequirePermission action="patients.search" />,
            children: [
              {
                path: 'patients',
                lazy: async () => ({
                  Component: (await import('./features/patients/routes/patients-page.tsx')).PatientsPage,
                }),
              },
            ],
          },
          {
            element: <RequirePermission action="patients.create" />,
            children: [
              {
                path: 'patients/new',
                lazy: async () => ({
                  Component: (await import('./features/patients/routes/new-patient-page.tsx')).NewPatientPage,
                }),
              },
            ],
          },
          {
            element: <RequirePermission action="patients.read" />,
            children: [
              {
                path: 'patients/:id',
                lazy: async () => ({
                  Component: (await import('./features/patients/routes/patient-chart-page.tsx'))
                    .PatientChartPage,
                }),
              },
            ],
          },
          {
            element: <RequirePermission action="appointments.live" />,
            children: [
              {
                path: 'appointments',
                lazy: async () => {
                  // The book's data is asked for while its code loads, not once it has rendered.
                  void import('./features/appointment-book/prefetch-book-data.ts').then(
                    ({ prefetchBookData }) =>
                      prefetchBookData(queryClient, new URLSearchParams(window.location.search)),
                  );
                  return {
                    Component: (await import('./features/appointment-book/routes/appointment-book-page.tsx'))
                      .AppointmentBookPage,
                  };
                },
              },
              {
                path: 'my-day',
                lazy: async () => ({
                  Component: (await import('./features/provider-dashboard/routes/my-day-page.tsx')).MyDayPage,
                }),
              },
              {
                path: 'waitlist',
                lazy: async () => ({
                  Component: (await import('./features/waitlist/routes/waitlist-page.tsx')).WaitlistPage,
                }),
              },
            ],
          },
          {
            element: <RequirePermission action="payments.list" />,
            children: [
              {
                path: 'payments',
                lazy: async () => ({
                  Component: (await import('./features/billing/routes/payments-page.tsx')).PaymentsPage,
                }),
              },
            ],
          },
          {
            element: <RequirePermission action="working_hours.manage" />,
            children: [
              {
                path: 'my-schedule',
                lazy: async () => ({
                  Component: (await import('./features/provider-dashboard/routes/my-schedule-page.tsx'))
                    .MySchedulePage,
                }),
              },
            ],
          },
          {
            element: <RequirePermission action="appointment_types.manage" />,
            children: [
              {
                path: 'settings/scheduling',
                lazy: async () => ({
                  Component: (await import('./features/scheduling-setup/routes/scheduling-setup-page.tsx'))
                    .SchedulingSetupPage,
                }),
              },
            ],
          },
          {
            element: <RequirePermission action="clinic.update" />,
            children: [
              {
                path: 'settings/clinic',
                lazy: async () => ({
                  Component: (await import('./features/clinic/routes/clinic-settings-page.tsx'))
                    .ClinicSettingsPage,
                }),
              },
            ],
          },
          {
            element: <RequirePermission action="users.read" />,
            children: [
              {
                path: 'admin/users',
                lazy: async () => ({
                  Component: (await import('./features/users/routes/users-page.tsx')).UsersPage,
                }),
              },
            ],
          },
          {
            element: <RequirePermission action="audit.read" />,
            children: [
              {
                path: 'admin/audit',
                lazy: async () => ({
                  Component: (await import('./features/audit/routes/audit-page.tsx')).AuditPage,
                }),
              },
            ],
          },
          {
            element: <RequirePermission action="dev_mail.read" />,
            children: [
              {
                path: 'dev/mail',
                lazy: async () => ({
                  Component: (await import('./features/dev-mail/routes/dev-mail-page.tsx')).DevMailPage,
                }),
              },
              {
                path: 'dev/mail/:id',
                lazy: async () => ({
                  Component: (await import('./features/dev-mail/routes/dev-mail-message-page.tsx'))
                    .DevMailMessagePage,
                }),
              },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
