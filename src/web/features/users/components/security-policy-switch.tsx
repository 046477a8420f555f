import { Alert, Skeleton, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useSecurityPolicy } from '../api/use-security-policy.ts';
import { useUpdateSecurityPolicy } from '../api/use-update-security-policy.ts';
import { usersNamespace } from '../i18n.ts';

export function SecurityPolicySwitch() {
  const { t } = useTranslation(usersNamespace);
  const policy = useSecurityPolicy();
  const update = useUpdateSecurityPolicy();

  if (policy.isPending) return <Skeleton h={40} />;
  if (policy.isError) {
    return (
      <Alert color="red" title={t('securityPolicy.loadFailedTitle')}>
        {apiErrorMessage(policy.error)}
      </Alert>
    );
  }
  return (
    <>
      <Switch
        label={t('securityPolicy.requireTwoFactor')}
        description={t('securityPolicy.requireTwoFactorHint')}
        checked={
          update.isPending
            ? (update.variables?.requireStaffTwoFactor ?? false)
            : policy.data.requireStaffTwoFactor
        }
        disabled={update.isPending}
        onChange={(event) =>
          update.mutate(
            { requireStaffTwoFactor: event.currentTarget.checked },
            {
              onSuccess: (saved) =>
                notifications.show({
                  color: 'teal',
                  message: saved.requireStaffTwoFactor
                    ? t('securityPolicy.nowRequired')
                    : t('securityPolicy.nowOptional'),
                }),
            },
          )
        }
      />
      {update.isError && (
        <Alert color="red" title={t('securityPolicy.changeFailedTitle')}>
          {apiErrorMessage(update.error)}
        </Alert>
      )}
    </>
  );
}
