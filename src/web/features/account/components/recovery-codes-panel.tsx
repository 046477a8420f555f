import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { accountNamespace } from '../i18n.ts';

/** Shown once, right after enrolment: the server keeps only hashes of these codes. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation(accountNamespace);
  return (
    <Alert color="teal" title={t('recoveryCodes.title')}>
      <Stack>
        <Text size="sm">{t('recoveryCodes.body')}</Text>
        <SimpleGrid cols={2} spacing="xs" maw={320} component="ul" aria-label={t('recoveryCodes.list')} p={0}>
          {codes.map((code) => (
            <Code key={code} component="li" fz="md" style={{ listStyle: 'none' }}>
              {code}
            </Code>
          ))}
        </SimpleGrid>
        <Group>
          <CopyButton value={codes.join('\n')}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t('recoveryCodes.copied') : t('recoveryCodes.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onDone}>{t('recoveryCodes.done')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
