import type { AppointmentPatient, AppointmentStatus } from '../../../../shared/scheduling.ts';
import { formatTimeRange, type LocaleFormat } from '../../../i18n/format.ts';

/** A shape per status, beside its name, so the status never rests on colour alone. */
export const statusIcons: Record<AppointmentStatus, string> = {
  scheduled: '○',
  confirmed: '✓',
  checked_in: '⇥',
  in_progress: '▶',
  completed: '✔',
  cancelled: '✕',
  no_show: '⊘',
};

/** Visits that no longer take their time: drawn apart, and hidden unless asked for. */
export function isInactiveStatus(status: AppointmentStatus): boolean {
  return status === 'cancelled' || status === 'no_show';
}

/** The name the desk calls the patient by: Bia Magalhães rather than Beatriz Magalhães. */
export function shortPatientName(
  patient: Pick<AppointmentPatient, 'firstName' | 'lastName' | 'preferredName'>,
) {
  return `${patient.preferredName?.trim() || patient.firstName} ${patient.lastName}`;
}

const fallbackColour = '#868e96';

/**
 * The block's background: the type's colour mixed with white. Text on it stays dark, so the
 * contrast holds whatever colour the clinic picked for the type.
 */
export function tintOf(colour: string | undefined, amount = 0.22): string {
  const hex = /^#[0-9a-fA-F]{6}$/.test(colour ?? '') ? (colour as string) : fallbackColour;
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16);
    return Math.round(255 - (255 - value) * amount);
  };
  return `rgb(${channel(1)}, ${channel(3)}, ${channel(5)})`;
}

export function solidColour(colour: string | undefined): string {
  return /^#[0-9a-fA-F]{6}$/.test(colour ?? '') ? (colour as string) : fallbackColour;
}

// Formatting a range is the dearest part of drawing a block; a refetch redraws the same ranges.
const rangeTexts = new Map<string, string>();

/** 10:00 – 10:30 AM, remembered per range, language and zone. */
export function timeRangeText(start: string, end: string, format: LocaleFormat): string {
  const key = `${start}|${end}|${format.locale}|${format.timeZone}`;
  let text = rangeTexts.get(key);
  if (text === undefined) {
    text = formatTimeRange(start, end, format);
    if (rangeTexts.size > 5000) rangeTexts.clear();
    rangeTexts.set(key, text);
  }
  return text;
}
