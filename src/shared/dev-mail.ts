import { z } from 'zod';

/** A message kept by the development mailbox instead of being sent (no SMTP configured). */
export const DevMail = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type DevMail = z.infer<typeof DevMail>;

export const DevMailPage = z.object({
  items: z.array(DevMail),
  nextCursor: z
    .string()
    .nullable()
    .describe('Pass as `cursor` to get the next, older page; null on the last page'),
});
export type DevMailPage = z.infer<typeof DevMailPage>;

export const DevMailListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.uuid().optional().describe('The `nextCursor` of the previous page'),
});
export type DevMailListQuery = z.infer<typeof DevMailListQuery>;

export const DevMailParams = z.object({ id: z.uuid() });
export type DevMailParams = z.infer<typeof DevMailParams>;
