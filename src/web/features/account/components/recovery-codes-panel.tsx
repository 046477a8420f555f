import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';

/** Shown once, right after enrolment: the server keeps only hashes of these codes. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <Alert color="teal" title="Two-factor authentication is on. Save your recovery codes now.">
      <Stack>
        <Text size="sm">
          Each code logs you in once, in place of an authentication code, if you lose your phone. Keep them
          somewhere safe, such as a password manager: they are shown only now.
        </Text>
        <SimpleGrid cols={2} spacing="xs" maw={320} component="ul" aria-label="Recovery codes" p={0}>
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
                {copied ? 'Copied' : 'Copy codes'}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onDone}>I have saved them</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
