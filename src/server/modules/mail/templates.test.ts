import { describe, expect, it } from 'vitest';
import { invitationMail, passwordResetMail, verifyEmailMail } from './templates.ts';

const hostileName = `<img src=x onerror="alert('x')"> & Co`;
const link = 'https://clinic.example/verify-email?token=abc_DEF-123';

describe('identity mail templates', () => {
  it('verification mail carries the link in text and HTML', () => {
    const mail = verifyEmailMail({ name: 'Ana Lima', link });
    expect(mail.subject).toBe('Confirm your email address for TopSmile');
    expect(mail.text).toContain('Hello Ana Lima,');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`<a href="${link}">`);
  });

  it('password reset mail says how long the link lasts', () => {
    expect(passwordResetMail({ name: 'Ana', link, expiresInMinutes: 30 }).text).toContain(
      'within 30 minutes',
    );
    expect(passwordResetMail({ name: 'Ana', link, expiresInMinutes: 60 }).text).toContain('within 1 hour');
    expect(passwordResetMail({ name: 'Ana', link, expiresInMinutes: 120 }).html).toContain('within 2 hours');
  });

  it('invitation mail names the inviter and the role', () => {
    const mail = invitationMail({ name: 'Bruno', inviterName: 'Dr. Carla Souza', link, role: 'provider' });
    expect(mail.subject).toBe('You are invited to TopSmile');
    expect(mail.text).toContain('Dr. Carla Souza invited you to TopSmile as a provider.');
  });

  it('escapes user-provided names in HTML and keeps them readable in text', () => {
    const mails = [
      verifyEmailMail({ name: hostileName, link }),
      passwordResetMail({ name: hostileName, link, expiresInMinutes: 15 }),
      invitationMail({ name: hostileName, inviterName: hostileName, link, role: 'staff' }),
    ];
    for (const mail of mails) {
      expect(mail.html).not.toContain('<img');
      expect(mail.html).not.toContain(`"alert`);
      expect(mail.html).toContain('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; Co');
      expect(mail.text).toContain(hostileName);
      expect(mail.subject).not.toContain('<');
    }
  });

  it('escapes the link inside the href attribute', () => {
    const mail = verifyEmailMail({ name: 'Ana', link: `https://clinic.example/v?a=1&b="x"'` });
    // The URL parser already percent-encodes quotes; the ampersand is left for escapeHtml.
    expect(mail.html).toContain('href="https://clinic.example/v?a=1&amp;b=%22x%22%27"');
    expect(mail.html).not.toMatch(/href="[^"]*"[^>]*"x"/);
  });

  it('flattens line breaks in names so they cannot lay out paragraphs of their own', () => {
    const mail = invitationMail({
      name: 'Eve\r\n\r\nYour account is locked, go to https://evil.example',
      inviterName: 'Mallory\u2028Admin',
      link,
      role: 'staff',
    });
    expect(mail.text.startsWith('Hello Eve Your account is locked, go to https://evil.example,\n\n')).toBe(
      true,
    );
    expect(mail.text).toContain('Mallory Admin invited you');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => verifyEmailMail({ name: 'Ana', link: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => verifyEmailMail({ name: 'Ana', link: 'not a url' })).toThrow();
  });
});
