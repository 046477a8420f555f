import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentType, Provider } from '../../../../shared/scheduling.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import { ColourLabel } from './colour-label.tsx';
import { StatusBadge } from './status-badge.tsx';

type Props = {
  types: AppointmentType[];
  providers: Provider[];
  format: LocaleFormat;
  onEdit: (type: AppointmentType) => void;
};

export function AppointmentTypesTable({ types, providers, format, onEdit }: Props) {
  const { t } = useTranslation(schedulingSetupNamespace);
  const providerNames = new Map(providers.map((provider) => [provider.id, provider.name]));

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" aria-label={t('types.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('types.columns.name')}</Table.Th>
            <Table.Th>{t('shared.colour')}</Table.Th>
            <Table.Th>{t('types.columns.duration')}</Table.Th>
            <Table.Th>{t('types.columns.buffer')}</Table.Th>
            <Table.Th>{t('types.columns.price')}</Table.Th>
            <Table.Th>{t('types.columns.online')}</Table.Th>
            <Table.Th>{t('types.columns.providers')}</Table.Th>
            <Table.Th>{t('shared.status')}</Table.Th>
            <Table.Th>{t('shared.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {types.map((type) => (
            <Table.Tr key={type.id}>
              <Table.Td>
                <Text fw={500}>{type.name}</Text>
              </Table.Td>
              <Table.Td>
                <ColourLabel color={type.color} />
              </Table.Td>
              <Table.Td>{t('types.minutes', { count: type.durationMinutes })}</Table.Td>
              <Table.Td>{t('types.minutes', { count: type.bufferMinutes })}</Table.Td>
              <Table.Td>{formatMoney(type.priceCents, format)}</Table.Td>
              <Table.Td>{type.bookableOnline ? t('types.onlineYes') : t('types.onlineNo')}</Table.Td>
              <Table.Td>
                {type.providerIds.length === 0
                  ? t('types.allProviders')
                  : type.providerIds.map((id) => providerNames.get(id) ?? id).join(', ')}
              </Table.Td>
              <Table.Td>
                <StatusBadge active={type.active} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => onEdit(type)}
                  aria-label={t('types.edit', { name: type.name })}
                >
                  {t('shared.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
