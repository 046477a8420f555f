import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Temporal } from 'temporal-polyfill';
import type { ColumnMode } from './build-columns.ts';
import { type BookView, bookViews, parsePlainDate } from './calendar-dates.ts';

export type BookParams = {
  date: Temporal.PlainDate;
  view: BookView;
  columns: ColumnMode;
  /** The provider of the week view (and whom chair columns book); the first one when unset. */
  providerId: string | undefined;
};

export type BookParamsChange = Partial<BookParams>;

function readParams(search: URLSearchParams, today: Temporal.PlainDate): BookParams {
  const view = search.get('view');
  return {
    date: parsePlainDate(search.get('date')) ?? today,
    view: bookViews.find((candidate) => candidate === view) ?? 'day',
    columns: search.get('columns') === 'operatories' ? 'operatories' : 'providers',
    providerId: search.get('provider') || undefined,
  };
}

/**
 * What the book shows lives in the address (date, view, columns, provider), so a view can be
 * bookmarked, shared and reloaded, and the browser's back button steps back through it. A change
 * may be computed from the params as they are at that moment (`current => change`), so that two
 * quick presses of → step two days even before the page has rendered the first.
 */
export function useBookSearchParams(
  today: Temporal.PlainDate,
): [BookParams, (change: BookParamsChange | ((current: BookParams) => BookParamsChange)) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const text = searchParams.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the text stands for the params it was made from
  const params = useMemo(() => readParams(searchParams, today), [text, today]);
  const change = useCallback(
    (next: BookParamsChange | ((current: BookParams) => BookParamsChange)) => {
      // The address bar is ahead of the last render while a navigation is on its way.
      const latest = new URLSearchParams(window.location.search);
      const patch = typeof next === 'function' ? next(readParams(latest, today)) : next;
      if (patch.date) latest.set('date', patch.date.toString());
      if (patch.view) latest.set('view', patch.view);
      if (patch.columns) latest.set('columns', patch.columns);
      if (patch.providerId) latest.set('provider', patch.providerId);
      setSearchParams(latest);
    },
    [setSearchParams, today],
  );
  return [params, change];
}
