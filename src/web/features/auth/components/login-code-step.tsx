import { Button, Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { authNamespace } from '../i18n.ts';

type Props = {
  code: string;
  onCodeChange: (code: string) => void;
  onBack: () => void;
  pending: boolean;
  error: string | undefined;
};

/** The second step, for accounts with two-factor authentication. */
export function LoginCodeStep({ code, onCodeChange, onBack, pending, error }: Props) {
  const { t } = useTranslation(authNamespace);
  return (
    <>
      <Text size="sm">{t('login.codeIntro')}</Text>
      <TextInput
        label={t('login.code')}
        value={code}
        onChange={(event) => onCodeChange(event.currentTarget.value)}
        error={error}
        autoComplete="one-time-code"
        spellCheck={false}
        autoFocus
      />
      <Group justify="space-between">
        <Button variant="subtle" onClick={onBack}>
          {t('login.back')}
        </Button>
        <Button type="submit" loading={pending}>
          {t('login.verify')}
        </Button>
      </Group>
    </>
  );
}
