// Messages of the development mailbox (mail kept when no mail server is configured).
export const devMail = {
  title: 'Development mailbox',
  intro: 'No mail server is configured, so TopSmile keeps the mail it would send here instead. Newest first.',
  loadFailedTitle: 'Could not load the mailbox',
  empty: 'No mail yet.',
  table: {
    label: 'Mail',
    received: 'Received',
    to: 'To',
    subject: 'Subject',
  },
  message: {
    allMail: '← All mail',
    loadFailedTitle: 'Could not load the mail',
    sentTo: 'To {{to}} · {{when}}',
    label: 'Message',
  },
} as const;
