export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
};

/** The one way out for mail: SMTP when configured, otherwise the development mailbox. */
export type Mailer = {
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
};
