import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDevMail } from '../api/use-dev-mail.ts';
import { MailText } from '../components/mail-text.tsx';
import { devMailNamespace } from '../i18n.ts';

export function DevMailMessagePage() {
  const { t, i18n } = useTranslation(devMailNamespace);
  const { id = '' } = useParams();
  const mail = useDevMail(id);
  const timeFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });

  return (
    <Stack maw={800}>
      <Anchor component={Link} to="/dev/mail" size="sm">
        {t('message.allMail')}
      </Anchor>
      {mail.isPending ? (
        <PageLoader />
      ) : mail.isError ? (
        <Alert color="red" title={t('message.loadFailedTitle')}>
          {apiErrorMessage(mail.error)}
        </Alert>
      ) : (
        <>
          <Title order={2}>{mail.data.subject}</Title>
          <Text size="sm" c="dimmed">
            {t('message.sentTo', {
              to: mail.data.to,
              when: timeFormat.format(new Date(mail.data.createdAt)),
            })}
          </Text>
          <Paper withBorder p="md" component="article" aria-label={t('message.label')}>
            <MailText text={mail.data.text} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
