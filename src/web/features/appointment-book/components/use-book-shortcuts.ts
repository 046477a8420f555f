import { useEffect, useRef } from 'react';

export type BookShortcuts = { today(): void; previous(): void; next(): void };

// Typing in a field (a note, a search, a radio group's arrows) must stay typing.
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

/**
 * `t` for today, ← and → for the previous and next day, week or month, anywhere on the page
 * except while typing, inside a dialog, or while an appointment is being moved by keyboard
 * (its arrows move the appointment).
 */
export function useBookShortcuts(shortcuts: BookShortcuts, paused: () => boolean): void {
  const latest = useRef({ shortcuts, paused });
  latest.current = { shortcuts, paused };
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (isEditing(event.target) || latest.current.paused()) return;
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return;
      const action =
        event.key === 't' || event.key === 'T'
          ? latest.current.shortcuts.today
          : event.key === 'ArrowLeft'
            ? latest.current.shortcuts.previous
            : event.key === 'ArrowRight'
              ? latest.current.shortcuts.next
              : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    }
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, []);
}
