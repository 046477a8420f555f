/// <reference types="vite/client" />
import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { type MutableRefObject, memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Temporal } from 'temporal-polyfill';
import type { AppointmentListItem } from '../../../../shared/scheduling.ts';
import { formatTime, type LocaleFormat } from '../../../i18n/format.ts';
import type { BookingRequest } from '../booking-request.ts';
import { appointmentBookNamespace } from '../i18n.ts';
import type { BlockDragData } from './appointment-block.tsx';
import type { ColumnModel } from './build-columns.ts';
import { columnName } from './column-name.ts';
import { GridColumn, type TypeLook } from './grid-column.tsx';
import { type Selection, selectionIn } from './grid-selection.ts';
import { type MoveTarget, moveTargetOf, resizeTargetOf, rowsDragged } from './move-target.ts';
import styles from './schedule-grid.module.css';
import { instantAt, rowInstants, rowStartMinute, type TimeAxis } from './time-axis.ts';
import { useNowMinute } from './use-now-minute.ts';

type Props = {
  columns: readonly ColumnModel[];
  axis: TimeAxis;
  today: Temporal.PlainDate;
  /** Names the grid for assistive technology: the day or week it shows. */
  period: string;
  types: ReadonlyMap<string, TypeLook>;
  pendingIds: ReadonlySet<string>;
  /** The free time handed to the booking drawer, highlighted while it is open. */
  requested: BookingRequest | null;
  mayMove: boolean;
  format: LocaleFormat;
  /** True while a visit is being moved: the page's arrow-key shortcuts stand aside. */
  movingRef: MutableRefObject<boolean>;
  onBook: (request: BookingRequest) => void;
  onOpen: (id: string) => void;
  onMove: (target: MoveTarget) => void;
};

/** Rows tall enough to click and to read a line of text, whatever the clinic's slot step. */
export function rowHeightFor(step: number): number {
  return Math.max(16, Math.round(step * 1.6));
}

// The pointer decides where a mouse drop lands; a keyboard move has no pointer, so the block's
// own rectangle does.
const collisionDetection: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

// A press that moves less than this is a click (details, booking), not the start of a move.
const pointerOptions = { activationConstraint: { distance: 5 } };
// Enter opens the details; space picks a visit up and puts it down.
const keyboardCodes = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

/** The day or week grid; memoised, so that opening a drawer does not redraw hundreds of blocks. */
export const ScheduleGrid = memo(function ScheduleGrid(props: Props) {
  const { columns, axis, format, movingRef, onBook, onOpen, onMove } = props;
  const { t } = useTranslation(appointmentBookNamespace);
  const rowHeight = rowHeightFor(axis.step);
  const nowMinute = useNowMinute(props.today, format.timeZone);
  const [selection, setSelection] = useState<Selection | null>(null);
  const selectionRef = useRef<Selection | null>(null);
  selectionRef.current = selection;
  // A click follows the pointer-up that ends a drag; it must not book or open anything.
  const quietUntil = useRef(0);

  const columnsByKey = useMemo(() => new Map(columns.map((column) => [column.key, column])), [columns]);
  const times = useMemo(() => {
    const firstDate = columns[0]?.date;
    if (!firstDate) return [];
    return rowInstants(firstDate, axis, format.timeZone).map((instant) => formatTime(instant, format));
  }, [columns, axis, format]);

  const requestFor = useCallback(
    (column: ColumnModel, from: number, to: number): BookingRequest => {
      const instants = rowInstants(column.date, axis, format.timeZone);
      const first = Math.min(from, to);
      const last = Math.max(from, to);
      return {
        start: instants[first] ?? instantAt(column.date, rowStartMinute(axis, first), format.timeZone),
        ...(last > first
          ? { end: instantAt(column.date, rowStartMinute(axis, last) + axis.step, format.timeZone) }
          : {}),
        providerId: column.provider.id,
        ...(column.operatory ? { operatoryId: column.operatory.id } : {}),
      };
    },
    [axis, format.timeZone],
  );

  const onCell = useCallback(
    (column: ColumnModel, row: number) => {
      if (performance.now() < quietUntil.current) return;
      onBook(requestFor(column, row, row));
    },
    [onBook, requestFor],
  );
  const onSelectStart = useCallback((column: ColumnModel, row: number) => {
    setSelection({ key: column.key, anchor: row, current: row });
  }, []);
  const onSelectOver = useCallback((column: ColumnModel, row: number) => {
    setSelection((current) =>
      current && current.key === column.key && current.current !== row
        ? { ...current, current: row }
        : current,
    );
  }, []);
  const openBlock = useCallback(
    (id: string) => {
      if (performance.now() >= quietUntil.current) onOpen(id);
    },
    [onOpen],
  );

  // Dragging over several free cells books that whole stretch when the button comes up.
  const selecting = selection !== null;
  useEffect(() => {
    if (!selecting) return;
    function finish() {
      const done = selectionRef.current;
      setSelection(null);
      const column = done ? columnsByKey.get(done.key) : undefined;
      if (!done || !column || done.anchor === done.current) return;
      quietUntil.current = performance.now() + 300;
      onBook(requestFor(column, done.anchor, done.current));
    }
    window.addEventListener('pointerup', finish);
    window.addEventListener('pointercancel', finish);
    return () => {
      window.removeEventListener('pointerup', finish);
      window.removeEventListener('pointercancel', finish);
    };
  }, [selecting, columnsByKey, onBook, requestFor]);

  const coordinateGetter = useCallback<KeyboardCoordinateGetter>(
    (event, { currentCoordinates, context }) => {
      const [firstRect] = context.droppableRects.values();
      const columnWidth = firstRect?.width ?? 150;
      const { x, y } = currentCoordinates;
      if (event.code === 'ArrowDown') return { x, y: y + rowHeight };
      if (event.code === 'ArrowUp') return { x, y: y - rowHeight };
      if (event.code === 'ArrowRight') return { x: x + columnWidth, y };
      if (event.code === 'ArrowLeft') return { x: x - columnWidth, y };
      return undefined;
    },
    [rowHeight],
  );
  // Sensor options must keep their identity between renders: new ones make every one of the
  // hundreds of draggable blocks render again.
  // Instant scrolling: a smooth scroll still running at the next arrow press moves a visit by
  // more than one slot.
  const keyboardOptions = useMemo(
    () => ({ coordinateGetter, keyboardCodes, scrollBehavior: 'auto' as const }),
    [coordinateGetter],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, pointerOptions),
    useSensor(KeyboardSensor, keyboardOptions),
  );

  const announcements = useMemo((): Announcements => {
    const labelOf = (data: unknown) => (data as BlockDragData | undefined)?.label ?? '';
    const nameOf = (id: string | number | undefined) => {
      const column = id === undefined ? undefined : columnsByKey.get(String(id));
      return column ? columnName(column, format, t('grid.noChair')) : '';
    };
    return {
      onDragStart: ({ active }) => t('dnd.pickedUp', { label: labelOf(active.data.current) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('dnd.over', { label: labelOf(active.data.current), column: nameOf(over.id) })
          : t('dnd.outside', { label: labelOf(active.data.current) }),
      onDragEnd: ({ active, over }) =>
        over
          ? t('dnd.dropped', { label: labelOf(active.data.current), column: nameOf(over.id) })
          : t('dnd.cancelled', { label: labelOf(active.data.current) }),
      onDragCancel: ({ active }) => t('dnd.cancelled', { label: labelOf(active.data.current) }),
    };
  }, [columnsByKey, format, t]);

  const onDragEnd = (event: DragEndEvent) => {
    movingRef.current = false;
    quietUntil.current = performance.now() + 300;
    const data = event.active.data.current as BlockDragData | undefined;
    const from = data ? columnsByKey.get(data.columnKey) : undefined;
    const to = event.over ? columnsByKey.get(String(event.over.id)) : undefined;
    if (!data || !from || !to) return;
    const target = moveTargetOf({
      item: data.item,
      from,
      to,
      rowsMoved: rowsDragged({
        deltaY: event.delta.y,
        rowHeight,
        top: data.top,
        height: data.height,
        rows: data.rows,
      }),
      step: axis.step,
      timeZone: format.timeZone,
    });
    if (target) onMove(target);
  };

  // A block's bottom edge dragged, or Shift+arrows on a block: the same PATCH as a move, with Undo.
  const onResize = useCallback(
    (item: AppointmentListItem, columnKey: string, rowsStretched: number) => {
      quietUntil.current = performance.now() + 300;
      const column = columnsByKey.get(columnKey);
      if (!column) return;
      const target = resizeTargetOf({
        item,
        column,
        rowsStretched,
        step: axis.step,
        timeZone: format.timeZone,
      });
      if (target) onMove(target);
    },
    [columnsByKey, axis.step, format.timeZone, onMove],
  );

  const isToday = (date: Temporal.PlainDate) => date.equals(props.today);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      onDragStart={() => {
        movingRef.current = true;
      }}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        movingRef.current = false;
        quietUntil.current = performance.now() + 300;
      }}
    >
      <section className={styles.scroller} aria-label={t('grid.label', { period: props.period })}>
        <div className={styles.grid}>
          <div className={styles.gutter} aria-hidden="true">
            <div className={styles.header}>{t('grid.time')}</div>
            {times.map((time, row) => (
              <div
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on the axis
                key={row}
                className={styles.hourLabel}
                style={{ height: rowHeight }}
              >
                {rowStartMinute(axis, row) % 60 === 0 || axis.step >= 60 ? time : ''}
              </div>
            ))}
          </div>
          {columns.map((column) => (
            <GridColumn
              key={column.key}
              column={column}
              axis={axis}
              rowHeight={rowHeight}
              instants={rowInstants(column.date, axis, format.timeZone)}
              times={times}
              isToday={isToday(column.date)}
              nowMinute={isToday(column.date) ? nowMinute : null}
              selection={selectionIn(column, selection, props.requested, axis, format.timeZone)}
              types={props.types}
              pendingIds={props.pendingIds}
              mayMove={props.mayMove}
              format={format}
              onOpen={openBlock}
              onResize={onResize}
              onCell={onCell}
              onSelectStart={onSelectStart}
              onSelectOver={onSelectOver}
            />
          ))}
        </div>
      </section>
    </DndContext>
  );
});
