import { z } from 'zod';

/** Answered once, when the token is issued: the URL carries the only copy of the token. */
export const CalendarFeedIssued = z.object({
  url: z.url().describe('Subscribe to this URL in a calendar app; it is shown only once'),
  createdAt: z.string(),
});
export type CalendarFeedIssued = z.infer<typeof CalendarFeedIssued>;

/** Whether a live feed exists; never the token, which the server cannot recover anyway. */
export const CalendarFeedStatus = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable().describe('When the live token was issued; null without one'),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

// Not strict: calendar apps are third-party clients, and a parameter one of them appends
// must not break the subscription.
export const CalendarFeedQuery = z.object({
  token: z.string().min(1, 'Required').max(200).describe('The token from the issued feed URL'),
});
export type CalendarFeedQuery = z.infer<typeof CalendarFeedQuery>;
