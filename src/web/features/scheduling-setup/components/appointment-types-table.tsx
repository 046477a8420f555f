import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentType, Provider } from '../../../../shared/scheduling.ts';
import { formatMoney, type LocaleFormat } from '../../../i18n/format.ts';
import { schedulingSetupNamespace } from '../i18n.ts';
import { CatalogTable } from './catalog-table.tsx';
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
    <CatalogTable
      label={t('types.tableLabel')}
      headings={[
        t('types.columns.name'),
        t('shared.colour'),
        t('types.columns.duration'),
        t('types.columns.buffer'),
        t('types.columns.price'),
        t('types.columns.online'),
        t('types.columns.providers'),
        t('shared.status'),
        t('shared.actions'),
      ]}
      items={types}
      empty={t('types.empty')}
      minWidth={960}
      cells={(type) => (
        <>
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
        </>
      )}
    />
  );
}
