import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDevMail } from '../api/use-dev-mail.ts';
import { MailText } from '../components/mail-text.tsx';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function DevMailMessagePage() {
  const { id = '' } = useParams();
  const mail = useDevMail(id);

  return (
    <Stack maw={800}>
      <Anchor component={Link} to="/dev/mail" size="sm">
        ← All mail
      </Anchor>
      {mail.isPending ? (
        <PageLoader />
      ) : mail.isError ? (
        <Alert color="red" title="Could not load the mail">
          {apiErrorMessage(mail.error)}
        </Alert>
      ) : (
        <>
          <Title order={2}>{mail.data.subject}</Title>
          <Text size="sm" c="dimmed">
            To {mail.data.to} · {timeFormat.format(new Date(mail.data.createdAt))}
          </Text>
          <Paper withBorder p="md" component="article" aria-label="Message">
            <MailText text={mail.data.text} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
