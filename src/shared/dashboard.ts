import { z } from 'zod';
import { AppointmentStatus } from './scheduling.ts';

export const TodayVisits = z.object({
  total: z.int().describe('Visits booked for today that are not cancelled (no-shows included)'),
  arrived: z.int().describe('Checked in, in progress or completed'),
  unconfirmed: z.int().describe('Still scheduled: neither confirmed nor arrived'),
  noShows: z.int(),
});
export type TodayVisits = z.infer<typeof TodayVisits>;

export const BalanceDueToday = z.object({
  patientId: z.uuid(),
  patientName: z.string(),
  appointmentId: z.uuid().describe("The patient's first visit today that is not cancelled"),
  visitStart: z.string().describe('When that visit starts (an instant)'),
  visitStatus: AppointmentStatus,
  balanceCents: z.int().describe("What the patient's account (their guarantor's) owes now; always > 0"),
  currency: z.string(),
});
export type BalanceDueToday = z.infer<typeof BalanceDueToday>;

export const TodayMoney = z.object({
  productionCents: z
    .int()
    .describe('Charges posted today (visit fees and manual charges, reversals included)'),
  collectionsCents: z.int().describe('Payments received today less refunds made today'),
});
export type TodayMoney = z.infer<typeof TodayMoney>;

export const TodayDashboard = z.object({
  date: z.string().describe('Today, as a clinic-local date'),
  timeZone: z.string(),
  currency: z.string(),
  visits: TodayVisits,
  balancesDue: z.array(BalanceDueToday).describe("Today's patients whose account owes, by visit time"),
  money: TodayMoney.nullable().describe(
    "Today's production and collections; null for roles that may not read the clinic's figures",
  ),
});
export type TodayDashboard = z.infer<typeof TodayDashboard>;

/** The first-run steps in the order a new clinic takes them. */
export const setupSteps = ['clinic', 'chairs', 'types', 'providers', 'hours', 'users'] as const;
export const SetupStepKey = z.enum(setupSteps);
export type SetupStepKey = z.infer<typeof SetupStepKey>;

export const SetupStep = z.object({
  key: SetupStepKey,
  done: z.boolean(),
  path: z.string().describe('Where in the web app the step is done'),
});
export type SetupStep = z.infer<typeof SetupStep>;

export const SetupChecklist = z.object({
  steps: z.array(SetupStep).describe('clinic → chairs → types → providers → hours → users'),
  complete: z.boolean().describe('Every step is done'),
});
export type SetupChecklist = z.infer<typeof SetupChecklist>;
