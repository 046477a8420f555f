/// <reference types="vite/client" />
import { useDroppable } from '@dnd-kit/core';
import { memo, type PointerEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isReschedulable } from '../../../../shared/appointment-status.ts';
import type { AppointmentListItem } from '../../../../shared/scheduling.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import { appointmentBookNamespace } from '../i18n.ts';
import { AppointmentBlock } from './appointment-block.tsx';
import { formatColumnDay, formatDayInSentence } from './book-date-format.ts';
import type { ColumnModel } from './build-columns.ts';
import styles from './schedule-grid.module.css';
import { rowStartMinute, type TimeAxis } from './time-axis.ts';

export type TypeLook = { name: string; color: string };

type Props = {
  column: ColumnModel;
  axis: TimeAxis;
  rowHeight: number;
  /** The start instant of each row on this column's date. */
  instants: readonly string[];
  /** Each row's time as the reader writes it. */
  times: readonly string[];
  isToday: boolean;
  /** Where the current-time line goes, in minutes after midnight; null on other days. */
  nowMinute: number | null;
  /** Rows being dragged over to book a longer visit, in this column only. */
  selection: { from: number; to: number } | null;
  types: ReadonlyMap<string, TypeLook>;
  pendingIds: ReadonlySet<string>;
  mayMove: boolean;
  format: LocaleFormat;
  onOpen: (id: string) => void;
  onResize: (item: AppointmentListItem, columnKey: string, rowsStretched: number) => void;
  onCell: (column: ColumnModel, row: number) => void;
  onSelectStart: (column: ColumnModel, row: number) => void;
  onSelectOver: (column: ColumnModel, row: number) => void;
};

// Stands in for the time while a column's sentence is built; no translation contains it.
const timeMark = '\u2063time\u2063';

function rowOf(target: EventTarget): number | undefined {
  if (!(target instanceof Element)) return undefined;
  const row = target.closest<HTMLElement>('[data-cell]')?.dataset.row;
  return row === undefined ? undefined : Number(row);
}

/** A provider's, chair's or day's column: free cells as buttons, blocked time banded, visits on top. */
export const GridColumn = memo(function GridColumn(props: Props) {
  const { column, axis, rowHeight, instants, times, selection, format } = props;
  const { t } = useTranslation(appointmentBookNamespace);
  const { setNodeRef, isOver } = useDroppable({ id: column.key, data: column });

  const heading =
    column.moves === 'time'
      ? formatColumnDay(column.date, format)
      : column.moves === 'operatory'
        ? (column.operatory?.name ?? t('grid.noChair'))
        : column.provider.name;
  // A column's cells differ only in their time: build each sentence once and fill the time in,
  // rather than asking i18next hundreds of times per render.
  const labels = useMemo(() => {
    const provider = column.provider.name;
    const base =
      column.moves === 'time'
        ? t('cell.bookOn', { provider, date: formatDayInSentence(column.date, format), time: timeMark })
        : column.operatory
          ? t('cell.bookIn', { provider, chair: column.operatory.name, time: timeMark })
          : t('cell.book', { provider, time: timeMark });
    const withState = {
      open: base,
      booked: t('cell.booked', { label: base }),
      holiday: t('cell.holiday', { label: base }),
      timeOff: t('cell.timeOff', { label: base }),
      closed: t('cell.closed', { label: base }),
    };
    return column.states.map((state, row) =>
      withState[state.block ?? 'open'].replace(timeMark, times[row] ?? ''),
    );
  }, [column, times, format, t]);
  const toPixels = (minute: number) => ((minute - axis.start) / axis.step) * rowHeight;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || event.pointerType === 'touch') return;
    const row = rowOf(event.target);
    if (row !== undefined) props.onSelectStart(column, row);
  };
  const onPointerOver = (event: PointerEvent<HTMLDivElement>) => {
    const row = rowOf(event.target);
    if (row !== undefined) props.onSelectOver(column, row);
  };

  return (
    <div className={styles.column} data-column={column.key}>
      <div
        className={`${styles.header} ${props.isToday && column.moves === 'time' ? styles.today : ''}`}
        title={heading}
      >
        {column.moves === 'provider' && (
          <span className={styles.dot} style={{ background: column.provider.color }} aria-hidden="true" />
        )}
        {heading}
      </div>
      {/* Clicks and drags are read once here, not by hundreds of per-cell handlers. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the cells inside are the buttons; this only delegates their events */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: keys pressed on a cell button reach it as a click, read here */}
      <div
        ref={setNodeRef}
        className={`${styles.body} ${isOver ? styles.dropTarget : ''}`}
        onPointerDown={onPointerDown}
        onPointerOver={onPointerOver}
        onClick={(event) => {
          const row = rowOf(event.target);
          if (row !== undefined) props.onCell(column, row);
        }}
      >
        {column.states.map((state, row) => {
          const selected = selection !== null && row >= selection.from && row <= selection.to;
          return (
            <button
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on the axis
              key={row}
              type="button"
              className={`${styles.cell} ${selected ? styles.selected : ''}`}
              style={{ height: rowHeight }}
              data-cell=""
              data-row={row}
              data-provider-id={column.provider.id}
              data-start={instants[row]}
              data-open={state.open}
              data-hour={rowStartMinute(axis, row) % 60 === 0}
              tabIndex={state.block === 'booked' ? -1 : 0}
              aria-label={labels[row]}
            />
          );
        })}
        {column.holiday !== null && (
          <div className={styles.band} style={{ top: 0, bottom: 0 }}>
            <span className={styles.bandLabel}>{t('band.holiday', { name: column.holiday })}</span>
          </div>
        )}
        {column.holiday === null &&
          column.timeOff.map((range) => {
            const start = Math.max(range.start, axis.start);
            const end = Math.min(range.end, axis.end);
            if (end <= start) return null;
            return (
              <div
                key={`${range.start}-${range.end}`}
                className={styles.band}
                style={{ top: toPixels(start), height: toPixels(end) - toPixels(start) }}
              >
                <span className={styles.bandLabel}>
                  {range.reason ? t('band.timeOffReason', { reason: range.reason }) : t('band.timeOff')}
                </span>
              </div>
            );
          })}
        {column.blocks.map(({ item, placed }) => {
          const type = props.types.get(item.appointmentTypeId);
          return (
            <AppointmentBlock
              key={item.id}
              item={item}
              top={placed.top}
              height={placed.height}
              lane={placed.lane}
              lanes={placed.lanes}
              columnKey={column.key}
              rowHeight={rowHeight}
              rows={column.states.length}
              typeName={type?.name}
              typeColour={type?.color}
              movable={props.mayMove && isReschedulable(item.status) && !props.pendingIds.has(item.id)}
              pending={props.pendingIds.has(item.id)}
              format={format}
              t={t}
              onOpen={props.onOpen}
              onResize={props.onResize}
            />
          );
        })}
        {props.nowMinute !== null && props.nowMinute >= axis.start && props.nowMinute <= axis.end && (
          <div className={styles.nowLine} style={{ top: toPixels(props.nowMinute) }} aria-hidden="true" />
        )}
      </div>
    </div>
  );
});
