import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { depositRoutes } from './billing/deposit-routes.ts';
import { billingDocumentRoutes } from './billing/document-routes.ts';
import { paymentLinkRoutes } from './billing/payment-link-routes.ts';
import { billingRoutes } from './billing/routes.ts';
import { stripeWebhookRoutes } from './billing/stripe-webhook-routes.ts';
import { calendarFeedRoutes } from './calendar-feed/routes.ts';
import { catalogRoutes } from './catalog/routes.ts';
import { clinicRoutes } from './clinic/routes.ts';
import { dashboardRoutes } from './dashboard/routes.ts';
import { liveEventsRoutes } from './live-events/routes.ts';
import { devMailRoutes } from './mail/routes.ts';
import { medicalHistoryRoutes } from './medical-history/routes.ts';
import { patientsRoutes } from './patients/routes.ts';
import { providersRoutes } from './providers/routes.ts';
import { recurringRoutes } from './recurring/routes.ts';
import { reportsRoutes } from './reports/routes.ts';
import { schedulingRoutes } from './scheduling/routes.ts';
import { usersRoutes } from './users/routes.ts';
import { waitlistRoutes } from './waitlist/routes.ts';

export type ApiModule = FastifyPluginAsyncZod<{ ctx: AppContext }>;

/** Every capability's routes, mounted under /api/v1. */
export const apiModules: ApiModule[] = [
  clinicRoutes,
  authRoutes,
  usersRoutes,
  patientsRoutes,
  medicalHistoryRoutes,
  providersRoutes,
  catalogRoutes,
  schedulingRoutes,
  billingRoutes,
  recurringRoutes,
  waitlistRoutes,
  liveEventsRoutes,
  calendarFeedRoutes,
  devMailRoutes,
  auditRoutes,
  billingDocumentRoutes,
  stripeWebhookRoutes,
  paymentLinkRoutes,
  depositRoutes,
  dashboardRoutes,
  reportsRoutes,
];
