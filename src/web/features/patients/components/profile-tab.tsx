import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../../shared/patients.ts';
import { useMay, useSession } from '../../auth/index.ts';
import { patientsNamespace } from '../i18n.ts';
import { ProfileForm } from './profile-form.tsx';
import { ProfileView } from './profile-view.tsx';
import { useClinicFormat } from './use-clinic-format.ts';

export function ProfileTab({ patient }: { patient: Patient }) {
  const { t } = useTranslation(patientsNamespace);
  const session = useSession();
  const mayUpdate = useMay('patients.update');
  const { locale } = useClinicFormat();
  const [editing, setEditing] = useState(false);
  const role = session.status === 'signed-in' ? session.user.role : 'patient';

  if (editing) return <ProfileForm patient={patient} role={role} onDone={() => setEditing(false)} />;
  return (
    <Stack>
      {mayUpdate && (
        <Group justify="flex-end">
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('profile.edit')}
          </Button>
        </Group>
      )}
      <ProfileView patient={patient} locale={locale} />
    </Stack>
  );
}
