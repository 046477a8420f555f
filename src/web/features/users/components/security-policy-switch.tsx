import { Alert, Skeleton, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { apiErrorMessage } from '../../../api/api-error-message.ts';
import { useSecurityPolicy } from '../api/use-security-policy.ts';
import { useUpdateSecurityPolicy } from '../api/use-update-security-policy.ts';

export function SecurityPolicySwitch() {
  const policy = useSecurityPolicy();
  const update = useUpdateSecurityPolicy();

  if (policy.isPending) return <Skeleton h={40} />;
  if (policy.isError) {
    return (
      <Alert color="red" title="Could not load the security policy">
        {apiErrorMessage(policy.error)}
      </Alert>
    );
  }
  return (
    <>
      <Switch
        label="Require two-factor for staff"
        description="Staff without two-factor authentication, you included, must set it up before they can do anything else."
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
                    ? 'Two-factor authentication is now required for staff'
                    : 'Two-factor authentication is now optional for staff',
                }),
            },
          )
        }
      />
      {update.isError && (
        <Alert color="red" title="Could not change the policy">
          {apiErrorMessage(update.error)}
        </Alert>
      )}
    </>
  );
}
