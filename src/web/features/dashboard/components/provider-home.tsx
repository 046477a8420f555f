import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dashboardNamespace } from '../i18n.ts';

/** A provider's home points to their own day (the provider dashboard), which is theirs already. */
export function ProviderHome() {
  const { t } = useTranslation(dashboardNamespace);
  return (
    <>
      <Text>{t('provider.intro')}</Text>
      <Anchor component={Link} to="/my-day">
        {t('provider.myDay')}
      </Anchor>
    </>
  );
}
