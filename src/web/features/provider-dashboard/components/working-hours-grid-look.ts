import type { CSSProperties } from 'react';
import { quietText } from './quiet-text.ts';
import type { CellCoverage } from './working-hours-grid.ts';

// Working cells are dark with a white tick, part-worked ones striped and free ones blank: the
// three read apart by shape and lightness as well as by colour.
const backgrounds: Record<CellCoverage, string> = {
  full: 'var(--mantine-color-teal-9)',
  partial:
    'repeating-linear-gradient(135deg, var(--mantine-color-teal-9) 0 3px, var(--mantine-color-body) 3px 7px)',
  none: 'var(--mantine-color-body)',
};

export function cellLook(coverage: CellCoverage, previewing: boolean, onTheHour: boolean): CSSProperties {
  return {
    background: backgrounds[coverage],
    color: 'var(--mantine-color-white)',
    fontSize: 11,
    textAlign: 'center',
    height: 18,
    lineHeight: '16px',
    padding: 0,
    cursor: 'pointer',
    border: '1px solid var(--mantine-color-default-border)',
    borderTopColor: onTheHour ? 'var(--mantine-color-dimmed)' : 'var(--mantine-color-default-border)',
    outline: previewing ? '2px dashed var(--mantine-color-orange-6)' : undefined,
    outlineOffset: -2,
  };
}

/** A small sample of a cell for the legend. */
export function swatchLook(coverage: CellCoverage): CSSProperties {
  return {
    display: 'inline-block',
    width: 28,
    height: 16,
    background: backgrounds[coverage],
    border: '1px solid var(--mantine-color-default-border)',
    color: 'var(--mantine-color-white)',
    fontSize: 11,
    textAlign: 'center',
    lineHeight: '14px',
  };
}

export function rowHeaderLook(onTheHour: boolean): CSSProperties {
  return {
    fontSize: 11,
    fontWeight: onTheHour ? 600 : 400,
    whiteSpace: 'nowrap',
    paddingRight: 6,
    lineHeight: '18px',
    color: onTheHour ? undefined : quietText,
  };
}
