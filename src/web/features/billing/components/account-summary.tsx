import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account, Aging } from '../../../../shared/billing.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { billingNamespace } from '../i18n.ts';

type Props = { account: Account; patientId: string; format: LocaleFormat };

const buckets = ['current', 'days31to60', 'days61to90', 'over90'] as const satisfies readonly (keyof Aging)[];

/** The account this patient's entries belong to: its holder, balance, aging and members. */
export function AccountSummary({ account, patientId, format }: Props) {
  const { t } = useTranslation(billingNamespace);
  const holder = account.members.find((member) => member.id === account.guarantorId);
  const others = account.members.filter((member) => member.id !== patientId);
  const balance = account.balanceCents;
  return (
    <Card withBorder component="section" aria-labelledby="billing-account-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4" id="billing-account-title">
              {t('account.title')}
            </Title>
            <Text size="sm">
              {t('account.guarantor')}:{' '}
              {account.guarantorId === patientId || !holder ? (
                t('account.guarantorSelf')
              ) : (
                <Anchor component={Link} to={`/patients/${encodeURIComponent(holder.id)}?tab=billing`}>
                  {holder.firstName} {holder.lastName}
                </Anchor>
              )}
            </Text>
          </div>
          <div style={{ textAlign: 'right' }}>
            <Text size="sm">{t('account.balance')}</Text>
            <Text size="xl" fw={700} data-testid="account-balance">
              {formatMoney(balance, format)}
            </Text>
            <Text size="sm">
              {balance > 0 ? t('account.owes') : balance < 0 ? t('account.credit') : t('account.settled')}
            </Text>
          </div>
        </Group>
        <div>
          <Text size="sm" fw={600} id="billing-aging-title">
            {t('account.aging')}
          </Text>
          <SimpleGrid
            component="dl"
            cols={{ base: 2, sm: 4 }}
            spacing="xs"
            m={0}
            aria-labelledby="billing-aging-title"
          >
            {buckets.map((bucket) => (
              <div key={bucket}>
                <Text component="dt" size="xs">
                  {t(`account.agingBuckets.${bucket}`)}
                </Text>
                <Text component="dd" m={0} fw={600}>
                  {formatMoney(account.aging[bucket], format)}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </div>
        {others.length > 0 && (
          <div>
            <Text size="sm" fw={600} id="billing-members-title">
              {t('account.members')}
            </Text>
            <Stack gap={2} component="ul" m={0} pl="md" aria-labelledby="billing-members-title">
              {others.map((member) => (
                <li key={member.id}>
                  <Anchor
                    component={Link}
                    to={`/patients/${encodeURIComponent(member.id)}?tab=billing`}
                    size="sm"
                  >
                    {t('account.memberBalance', {
                      name: `${member.firstName} ${member.lastName}`,
                      amount: formatMoney(member.balanceCents, format),
                    })}
                  </Anchor>
                </li>
              ))}
            </Stack>
          </div>
        )}
      </Stack>
    </Card>
  );
}
