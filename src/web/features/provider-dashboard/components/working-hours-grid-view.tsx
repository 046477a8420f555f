import { Box } from '@mantine/core';
import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingInterval } from '../../../../shared/scheduling.ts';
import { providerDashboardNamespace } from '../i18n.ts';
import { wallClockLabel, weekdayNames } from './wall-clock-labels.ts';
import {
  type CellCoverage,
  coverageOf,
  type GridShape,
  isoWeekdays,
  rowCount,
  rowStartMinute,
} from './working-hours-grid.ts';
import { cellLook, rowHeaderLook } from './working-hours-grid-look.ts';

type Cell = { day: number; row: number };
type Stroke = { anchor: Cell; current: Cell; working: boolean };

type Props = {
  intervals: readonly WorkingInterval[];
  shape: GridShape;
  locale: string;
  describedBy: string;
  /** Sets [fromMinute, toMinute) of an ISO weekday to working or free. */
  onPaint: (weekday: number, fromMinute: number, toMinute: number, working: boolean) => void;
};

function inStroke(stroke: Stroke | null, { day, row }: Cell): boolean {
  if (!stroke) return false;
  const { anchor, current } = stroke;
  return (
    day >= Math.min(anchor.day, current.day) &&
    day <= Math.max(anchor.day, current.day) &&
    row >= Math.min(anchor.row, current.row) &&
    row <= Math.max(anchor.row, current.row)
  );
}

/**
 * The week as half-hour cells. A pointer stroke paints the rectangle it covers (working when it
 * starts on a free cell, free otherwise); the keyboard moves one cell at a time (a single tab
 * stop, ARIA grid style) and Space or Enter switches the cell.
 */
export function WorkingHoursGridView({ intervals, shape, locale, describedBy, onPaint }: Props) {
  const { t } = useTranslation(providerDashboardNamespace);
  const coverage = useMemo(() => coverageOf(intervals, shape), [intervals, shape]);
  const longNames = useMemo(() => weekdayNames(locale, 'long'), [locale]);
  const shortNames = useMemo(() => weekdayNames(locale, 'short'), [locale]);
  const rows = rowCount(shape);
  const [focus, setFocus] = useState<Cell>({ day: 0, row: Math.min(4, rows - 1) });
  const [stroke, setStroke] = useState<Stroke | null>(null);
  const strokeRef = useRef<Stroke | null>(null);
  const cells = useRef(new Map<string, HTMLTableCellElement>());

  function paint({ anchor, current, working }: Stroke) {
    const [firstRow, lastRow] = [Math.min(anchor.row, current.row), Math.max(anchor.row, current.row)];
    for (let day = Math.min(anchor.day, current.day); day <= Math.max(anchor.day, current.day); day++) {
      onPaint(day + 1, rowStartMinute(shape, firstRow), rowStartMinute(shape, lastRow + 1), working);
    }
  }

  function updateStroke(next: Stroke | null) {
    strokeRef.current = next;
    setStroke(next);
  }

  // The stroke ends wherever the pointer is let go, inside the grid or not.
  useEffect(() => {
    if (!stroke) return;
    function finish() {
      const done = strokeRef.current;
      updateStroke(null);
      if (done) paint(done);
    }
    function abandon() {
      updateStroke(null);
    }
    window.addEventListener('pointerup', finish);
    window.addEventListener('pointercancel', abandon);
    return () => {
      window.removeEventListener('pointerup', finish);
      window.removeEventListener('pointercancel', abandon);
    };
  });

  function moveFocus(cell: Cell) {
    setFocus(cell);
    cells.current.get(`${cell.day}:${cell.row}`)?.focus();
  }

  function handlePointerDown(event: PointerEvent<HTMLTableCellElement>, cell: Cell) {
    if (event.button !== 0) return;
    event.preventDefault();
    // Touch captures the pointer on the first cell; released, the cells it crosses see it enter.
    event.currentTarget.releasePointerCapture?.(event.pointerId);
    const working = coverage[cell.day]?.[cell.row] !== 'full';
    updateStroke({ anchor: cell, current: cell, working });
    moveFocus(cell);
  }

  function handlePointerEnter(cell: Cell) {
    const current = strokeRef.current;
    if (current) updateStroke({ ...current, current: cell });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTableCellElement>, { day, row }: Cell) {
    const moves: Record<string, Cell> = {
      ArrowUp: { day, row: Math.max(0, row - 1) },
      ArrowDown: { day, row: Math.min(rows - 1, row + 1) },
      ArrowLeft: { day: Math.max(0, day - 1), row },
      ArrowRight: { day: Math.min(isoWeekdays.length - 1, day + 1), row },
      Home: { day, row: 0 },
      End: { day, row: rows - 1 },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveFocus(move);
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      const from = rowStartMinute(shape, row);
      onPaint(day + 1, from, from + shape.stepMinutes, coverage[day]?.[row] !== 'full');
    }
  }

  const stateText: Record<CellCoverage, string> = {
    full: t('schedule.working'),
    partial: t('schedule.partial'),
    none: t('schedule.free'),
  };

  return (
    <Box style={{ overflowX: 'auto' }}>
      {/* A table carries the rows and headers that screen readers read out as the grid moves. */}
      <table
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid is a table with a roving focus
        role="grid"
        aria-label={t('schedule.gridLabel')}
        aria-describedby={describedBy}
        data-testid="working-hours-grid"
        style={{
          borderCollapse: 'collapse',
          tableLayout: 'fixed',
          width: '100%',
          minWidth: 480,
          touchAction: 'none',
          userSelect: 'none',
        }}
      >
        <thead>
          <tr>
            <th scope="col" style={{ width: 72, fontSize: 12, textAlign: 'left' }}>
              {t('schedule.time')}
            </th>
            {shortNames.map((name, day) => (
              <th key={name} scope="col" style={{ fontSize: 13 }}>
                <abbr title={longNames[day]} style={{ textDecoration: 'none' }}>
                  {name}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => {
            const start = rowStartMinute(shape, row);
            const end = start + shape.stepMinutes;
            const onTheHour = start % 60 === 0;
            return (
              <tr key={start}>
                <th scope="row" style={rowHeaderLook(onTheHour)}>
                  {wallClockLabel(start, locale)}
                </th>
                {isoWeekdays.map((weekday, day) => {
                  const cell = { day, row };
                  const state = coverage[day]?.[row] ?? 'none';
                  const previewing = inStroke(stroke, cell);
                  const shown: CellCoverage = previewing ? (stroke?.working ? 'full' : 'none') : state;
                  return (
                    <td
                      key={weekday}
                      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the ARIA grid above
                      role="gridcell"
                      ref={(element) => {
                        if (element) cells.current.set(`${day}:${row}`, element);
                        else cells.current.delete(`${day}:${row}`);
                      }}
                      tabIndex={focus.day === day && focus.row === row ? 0 : -1}
                      aria-selected={state === 'full'}
                      aria-label={`${t('schedule.cell', {
                        day: longNames[day] ?? '',
                        start: wallClockLabel(start, locale),
                        end: wallClockLabel(end, locale),
                      })}: ${stateText[state]}`}
                      data-weekday={weekday}
                      data-start={start}
                      data-state={state}
                      onPointerDown={(event) => handlePointerDown(event, cell)}
                      onPointerEnter={() => handlePointerEnter(cell)}
                      onKeyDown={(event) => handleKeyDown(event, cell)}
                      onFocus={() => setFocus(cell)}
                      style={cellLook(shown, previewing, onTheHour)}
                    >
                      {shown === 'full' && <span aria-hidden="true">✓</span>}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Box>
  );
}
