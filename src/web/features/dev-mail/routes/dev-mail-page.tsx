import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDevMailList } from '../api/use-dev-mail-list.ts';
import { MailTable } from '../components/mail-table.tsx';
import { devMailNamespace } from '../i18n.ts';

export function DevMailPage() {
  const { t } = useTranslation(devMailNamespace);
  const { t: tCommon } = useTranslation();
  const mail = useDevMailList();

  return (
    <Stack maw={1000}>
      <Title order={2}>{t('title')}</Title>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      {mail.isPending ? (
        <PageLoader />
      ) : mail.isError ? (
        <Alert color="red" title={t('loadFailedTitle')}>
          {apiErrorMessage(mail.error)}
        </Alert>
      ) : mail.data.pages[0]?.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <>
          <MailTable mails={mail.data.pages.flatMap((page) => page.items)} />
          {mail.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                loading={mail.isFetchingNextPage}
                onClick={() => mail.fetchNextPage()}
              >
                {tCommon('actions.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
