/// <reference types="vite/client" />
import { useDraggable } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { type CSSProperties, type KeyboardEvent, memo, type PointerEvent, useRef, useState } from 'react';
import type { AppointmentListItem } from '../../../../shared/scheduling.ts';
import type { LocaleFormat } from '../../../i18n/format.ts';
import type { appointmentBookNamespace } from '../i18n.ts';
import {
  isInactiveStatus,
  shortPatientName,
  solidColour,
  statusIcons,
  timeRangeText,
  tintOf,
} from './block-presentation.ts';
import { rowsDragged } from './move-target.ts';
import styles from './schedule-grid.module.css';

/**
 * What a drag carries: the visit, the column it left, where it sat there (in rows), and how to
 * name it to a screen reader.
 */
export type BlockDragData = {
  item: AppointmentListItem;
  columnKey: string;
  label: string;
  top: number;
  height: number;
  rows: number;
};

type Props = {
  item: AppointmentListItem;
  /** Where it sits, in rows from the top of the axis, and its lane among overlapping visits. */
  top: number;
  height: number;
  lane: number;
  lanes: number;
  columnKey: string;
  rowHeight: number;
  /** Rows on the axis: a dragged visit stays between its first and last. */
  rows: number;
  typeName: string | undefined;
  typeColour: string | undefined;
  movable: boolean;
  /** A move of it is on its way to the server. */
  pending: boolean;
  format: LocaleFormat;
  // Handed down rather than asked for by each of hundreds of blocks.
  t: TFunction<typeof appointmentBookNamespace>;
  onOpen: (id: string) => void;
  /** Its bottom edge dragged (or Shift+arrows) this many rows down, or up when negative. */
  onResize: (item: AppointmentListItem, columnKey: string, rowsStretched: number) => void;
};

/** One visit in a column: draggable to move it, Enter or a click opens its details. */
export const AppointmentBlock = memo(function AppointmentBlock({
  item,
  top,
  height,
  lane,
  lanes,
  columnKey,
  rowHeight,
  rows,
  typeName,
  typeColour,
  movable,
  pending,
  format,
  t,
  onOpen,
  onResize,
}: Props) {
  // Rows the bottom edge has been dragged so far: drawn at once, sent when the button comes up.
  const [stretch, setStretch] = useState(0);
  const stretchFrom = useRef<number | null>(null);
  const time = timeRangeText(item.start, item.end, format);
  const name = item.patient ? shortPatientName(item.patient) : t('block.patient');
  const patient = item.patient?.archived ? t('block.archivedPatient', { patient: name }) : name;
  const type = typeName ?? t('block.type');
  const status = t(`appointmentStatus.${item.status}`, { ns: 'common' });
  const alertCount = item.patient?.alerts.length ?? 0;
  const alertText = alertCount > 0 ? t('block.alerts', { count: alertCount }) : '';
  const label =
    alertCount > 0
      ? t('block.labelWithAlerts', { time, patient, type, status, alerts: alertText })
      : t('block.label', { time, patient, type, status });
  const data: BlockDragData = { item, columnKey, label, top, height, rows };
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: item.id,
    data,
    disabled: !movable,
    attributes: { roleDescription: t('block.roleDescription') },
  });

  const inactive = isInactiveStatus(item.status);
  const style: CSSProperties = {
    top: top * rowHeight,
    height: Math.max(Math.max(height + stretch, 1) * rowHeight - 1, 14),
    left: `calc(${(lane / lanes) * 100}% + 2px)`,
    width: `calc(${100 / lanes}% - 4px)`,
    ...(inactive ? {} : { background: tintOf(typeColour) }),
    borderLeftColor: solidColour(typeColour),
    ...(transform
      ? {
          transform: `translate3d(${transform.x}px, ${rowsDragged({ deltaY: transform.y, rowHeight, top, height, rows }) * rowHeight}px, 0)`,
        }
      : {}),
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event);
    // While a visit is held, the arrows move it; when dnd-kit scrolls the grid for it instead, the
    // browser must not scroll it a second time.
    if (isDragging && event.key.startsWith('Arrow')) event.preventDefault();
    if (event.defaultPrevented || isDragging) return;
    if (movable && event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      onResize(item, columnKey, event.key === 'ArrowDown' ? 1 : -1);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(item.id);
    }
  };

  // The handle's own pointer events never reach the block: pressing it must not start a move.
  const startStretch = (event: PointerEvent<HTMLDivElement>) => {
    event.stopPropagation();
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    stretchFrom.current = event.clientY;
  };
  const followStretch = (event: PointerEvent<HTMLDivElement>) => {
    if (stretchFrom.current === null) return;
    event.stopPropagation();
    setStretch(Math.round((event.clientY - stretchFrom.current) / rowHeight));
  };
  const endStretch = (event: PointerEvent<HTMLDivElement>) => {
    if (stretchFrom.current === null) return;
    event.stopPropagation();
    const rows = Math.round((event.clientY - stretchFrom.current) / rowHeight);
    stretchFrom.current = null;
    setStretch(0);
    if (rows !== 0) onResize(item, columnKey, rows);
  };
  const cancelStretch = () => {
    stretchFrom.current = null;
    setStretch(0);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a <button> would turn the space that drops a visit into a click
    <div
      ref={setNodeRef}
      {...(movable ? attributes : {})}
      {...listeners}
      role="button"
      tabIndex={0}
      aria-label={label}
      className={styles.block}
      style={style}
      data-appointment-id={item.id}
      data-status={item.status}
      data-inactive={inactive}
      data-moving={isDragging}
      data-pending={pending}
      data-resizing={stretch !== 0}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(item.id)}
    >
      <div className={styles.line}>
        {alertCount > 0 && (
          <span className={styles.alert} title={alertText}>
            ⚠ {alertCount}
          </span>
        )}
        <span className={styles.name}>{patient}</span>
      </div>
      <div className={styles.line}>
        <span className={styles.meta}>{type}</span>
        <span className={styles.meta}>
          <span aria-hidden="true">{statusIcons[item.status]}</span> {status}
        </span>
      </div>
      <div className={styles.line}>
        <span className={styles.meta}>{time}</span>
      </div>
      {movable && (
        // Shift+arrows do the same from the keyboard (dnd.instructions), so the handle is hidden from it.
        <div
          className={styles.resizeHandle}
          title={t('block.resize')}
          aria-hidden="true"
          data-resize-handle=""
          onPointerDown={startStretch}
          onPointerMove={followStretch}
          onPointerUp={endStretch}
          onPointerCancel={cancelStretch}
          onClick={(event) => event.stopPropagation()}
        />
      )}
    </div>
  );
});
