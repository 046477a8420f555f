import { ActionIcon, Button, Group, SegmentedControl, Select, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Provider } from '../../../../shared/scheduling.ts';
import { appointmentBookNamespace } from '../i18n.ts';
import type { ColumnMode } from './build-columns.ts';
import type { BookView } from './calendar-dates.ts';

type Props = {
  view: BookView;
  columns: ColumnMode;
  heading: string;
  providers: readonly Provider[];
  /** The provider of the week view and of chair columns. */
  providerId: string | undefined;
  showInactive: boolean;
  onToday: () => void;
  onStep: (direction: -1 | 1) => void;
  onView: (view: BookView) => void;
  onColumns: (columns: ColumnMode) => void;
  onProvider: (providerId: string) => void;
  onShowInactive: (show: boolean) => void;
};

const unshrinking = { flexShrink: 0 };

/** Date navigation, the view and its columns, and the cancelled-visits switch. */
export function BookToolbar(props: Props) {
  const { t } = useTranslation(appointmentBookNamespace);
  const { view } = props;
  const needsProvider = view === 'week' || (view === 'day' && props.columns === 'operatories');
  return (
    <Group justify="space-between" align="center" gap="sm" wrap="wrap">
      {/* On a phone the heading wraps onto more lines; the buttons keep their width ("Tod" before). */}
      <Group gap="xs" wrap="nowrap" maw="100%">
        <Button variant="default" onClick={props.onToday} aria-keyshortcuts="t" style={unshrinking}>
          {t('toolbar.today')}
        </Button>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t(`toolbar.previous.${view}`)}
          aria-keyshortcuts="ArrowLeft"
          style={unshrinking}
          onClick={() => props.onStep(-1)}
        >
          <span aria-hidden="true">‹</span>
        </ActionIcon>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t(`toolbar.next.${view}`)}
          aria-keyshortcuts="ArrowRight"
          style={unshrinking}
          onClick={() => props.onStep(1)}
        >
          <span aria-hidden="true">›</span>
        </ActionIcon>
        <Title order={2} size="h3" aria-live="polite" data-testid="book-heading" miw={0}>
          {props.heading}
        </Title>
      </Group>
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label={t('toolbar.view')}
          value={view}
          onChange={(value) => props.onView(value as BookView)}
          data={(['day', 'week', 'month'] as const).map((value) => ({
            value,
            label: t(`toolbar.views.${value}`),
          }))}
        />
        {view === 'day' && (
          <SegmentedControl
            aria-label={t('toolbar.columns')}
            value={props.columns}
            onChange={(value) => props.onColumns(value as ColumnMode)}
            data={(['providers', 'operatories'] as const).map((value) => ({
              value,
              label: t(`toolbar.columnKinds.${value}`),
            }))}
          />
        )}
        {needsProvider && (
          <Select
            label={view === 'week' ? t('toolbar.provider') : t('toolbar.bookWith')}
            w={200}
            size="sm"
            allowDeselect={false}
            value={props.providerId ?? null}
            data={props.providers.map((provider) => ({ value: provider.id, label: provider.name }))}
            onChange={(value) => {
              if (value) props.onProvider(value);
            }}
          />
        )}
        <Switch
          label={t('toolbar.showInactive')}
          checked={props.showInactive}
          onChange={(event) => props.onShowInactive(event.currentTarget.checked)}
        />
      </Group>
      <Text size="xs" w="100%">
        {t('toolbar.shortcuts', { unit: t(`toolbar.units.${view}`) })}
      </Text>
    </Group>
  );
}
