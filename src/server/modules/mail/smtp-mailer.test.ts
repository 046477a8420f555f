import { afterAll, describe, expect, it } from 'vitest';
import { addressesOf, startSmtpSink } from '../../../../test/smtp-sink.ts';
import { MailDeliveryError } from './mail-delivery-error.ts';
import type { MailLog } from './mail-log.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

const sink = await startSmtpSink();
const logged: unknown[] = [];
const log: MailLog = { info: (details, message) => logged.push({ details, message }) };
const mailer = createSmtpMailer({ url: sink.url, from: 'Smile Clinic <no-reply@smile.test>', log });

afterAll(async () => {
  await mailer.close();
  await sink.close();
});

describe('SMTP mailer', () => {
  it('delivers subject, text and HTML with the configured From', async () => {
    await mailer.send({
      to: 'ana.lima@example.test',
      subject: 'Confirm your email — São Paulo',
      text: 'Hello Ana,\n\nOpen https://clinic.example/verify?token=abc',
      html: '<p>Hello Ana,</p><p><a href="https://clinic.example/verify?token=abc">Confirm</a></p>',
    });
    const received = await sink.waitFor((mail) => addressesOf(mail.to).includes('ana.lima@example.test'));
    expect(received.subject).toBe('Confirm your email — São Paulo');
    expect(received.text?.trim()).toBe('Hello Ana,\n\nOpen https://clinic.example/verify?token=abc');
    expect(received.html).toContain('<a href="https://clinic.example/verify?token=abc">Confirm</a>');
    expect(received.from?.value).toEqual([{ name: 'Smile Clinic', address: 'no-reply@smile.test' }]);
  });

  it('sends a text-only message without an HTML part', async () => {
    await mailer.send({ to: 'text.only@example.test', subject: 'Plain', text: 'Just text' });
    const received = await sink.waitFor((mail) => addressesOf(mail.to).includes('text.only@example.test'));
    expect(received.text?.trim()).toBe('Just text');
    expect(received.html).toBe(false);
  });

  it('delivers a burst of messages through the pool', async () => {
    const recipients = Array.from({ length: 12 }, (_, index) => `burst-${index}@example.test`);
    await Promise.all(recipients.map((to) => mailer.send({ to, subject: 'Burst', text: to })));
    for (const to of recipients) {
      const received = await sink.waitFor((mail) => addressesOf(mail.to).includes(to));
      expect(received.text?.trim()).toBe(to);
    }
  });

  it('logs that a mail was sent with its message id only, never recipient or content', async () => {
    logged.length = 0;
    await mailer.send({ to: 'private.patient@example.test', subject: 'Your results', text: 'Secret body' });
    expect(logged).toEqual([
      {
        details: { mailTransport: 'smtp', messageId: expect.stringMatching(/^<.+>$/) },
        message: 'mail sent',
      },
    ]);
    const serialized = JSON.stringify(logged);
    for (const secret of ['private.patient', 'Your results', 'Secret body'])
      expect(serialized).not.toContain(secret);
  });

  it('fails with a MailDeliveryError that does not quote the recipient when the server is unreachable', async () => {
    const unreachable = createSmtpMailer({ url: 'smtp://127.0.0.1:1', from: 'no-reply@smile.test' });
    try {
      const failure = await unreachable
        .send({ to: 'private.patient@example.test', subject: 'Hi', text: 'Body' })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(failure).toBeInstanceOf(MailDeliveryError);
      expect(failure).toMatchObject({ code: 'ESOCKET', permanent: false });
      expect(String(failure)).not.toContain('private.patient');
    } finally {
      await unreachable.close();
    }
  });
});
