import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDevMailList } from '../api/use-dev-mail-list.ts';
import { MailTable } from '../components/mail-table.tsx';

export function DevMailPage() {
  const mail = useDevMailList();

  return (
    <Stack maw={1000}>
      <Title order={2}>Development mailbox</Title>
      <Text size="sm" c="dimmed">
        No mail server is configured, so TopSmile keeps the mail it would send here instead. Newest first.
      </Text>
      {mail.isPending ? (
        <PageLoader />
      ) : mail.isError ? (
        <Alert color="red" title="Could not load the mailbox">
          {apiErrorMessage(mail.error)}
        </Alert>
      ) : mail.data.pages[0]?.items.length === 0 ? (
        <Text c="dimmed">No mail yet.</Text>
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
                Load more
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
