import type { Role } from '../../../shared/permissions.ts';
import { escapeHtml } from './escape-html.ts';

export type MailContent = { subject: string; text: string; html: string };

const product = 'TopSmile';

const roleNames: Record<Role, string> = {
  admin: 'an administrator',
  manager: 'a manager',
  staff: 'a staff member',
  provider: 'a provider',
  patient: 'a patient',
};

// Names are chosen by whoever registers; line breaks in them could lay out a fake
// paragraph (with a link of their own) inside the plain-text mail.
function oneLine(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Links come from our own public URL; refusing other schemes keeps a `javascript:` or
// `data:` value from ever reaching an href.
function webLink(link: string): string {
  const url = new URL(link);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Mail links must be http(s), not ${url.protocol}`);
  }
  return url.href;
}

function duration(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) {
    const hours = minutes / 60;
    return hours === 1 ? '1 hour' : `${hours} hours`;
  }
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

type Body = { greeting: string; paragraphs: string[]; link: string; action: string; closing: string };

/** One layout for every identity mail: the same words in text and (escaped) HTML. */
function render(subject: string, body: Body): MailContent {
  const text = [body.greeting, ...body.paragraphs, body.link, body.closing].join('\n\n');
  const href = escapeHtml(body.link);
  const html = [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escapeHtml(body.greeting)}</p>`,
    ...body.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${href}">${escapeHtml(body.action)}</a></p>`,
    `<p style="font-size: small">If the button does not work, copy this address into your browser:<br>${href}</p>`,
    `<p>${escapeHtml(body.closing)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

export function verifyEmailMail(input: { name: string; link: string }): MailContent {
  return render(`Confirm your email address for ${product}`, {
    greeting: `Hello ${oneLine(input.name)},`,
    paragraphs: [`Please confirm your email address for ${product} by opening this link:`],
    link: webLink(input.link),
    action: 'Confirm my email address',
    closing: 'If you did not create an account, you can ignore this message.',
  });
}

export function passwordResetMail(input: {
  name: string;
  link: string;
  expiresInMinutes: number;
}): MailContent {
  return render(`Reset your ${product} password`, {
    greeting: `Hello ${oneLine(input.name)},`,
    paragraphs: [
      `Someone asked to reset the password of your ${product} account.`,
      `To choose a new password, open this link within ${duration(input.expiresInMinutes)}:`,
    ],
    link: webLink(input.link),
    action: 'Choose a new password',
    closing: 'If you did not ask for this, ignore this message: your password stays as it is.',
  });
}

export function invitationMail(input: {
  name: string;
  inviterName: string;
  link: string;
  role: Role;
}): MailContent {
  return render(`You are invited to ${product}`, {
    greeting: `Hello ${oneLine(input.name)},`,
    paragraphs: [
      `${oneLine(input.inviterName)} invited you to ${product} as ${roleNames[input.role]}.`,
      'To accept the invitation and choose your password, open this link:',
    ],
    link: webLink(input.link),
    action: 'Accept the invitation',
    closing: 'If you did not expect this invitation, you can ignore this message.',
  });
}
