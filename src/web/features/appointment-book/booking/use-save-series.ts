import { useState } from 'react';
import type { AppointmentSeries } from '../../../../shared/recurring.ts';
import { newIdempotencyKey } from '../../../api/idempotency-key.ts';
import { useBookSeries } from './api/use-book-series.ts';
import type { HoldInput } from './api/use-place-hold.ts';
import type { BookingValues } from './booking-form-state.ts';
import { type RepeatValues, seriesRuleOf } from './series-rule.ts';

type Options = {
  values: BookingValues;
  draft: HoldInput | null;
  repeat: RepeatValues;
  timeZone: string;
  onSaved: (series: AppointmentSeries) => void;
};

/**
 * Books the drawer's visit as a series (POST /appointment-series), one Idempotency-Key per
 * attempt. The server books all or nothing; its refusal is kept for the form to list.
 */
export function useSaveSeries({ values, draft, repeat, timeZone, onSaved }: Options) {
  const book = useBookSeries();
  const [problem, setProblem] = useState<unknown>(null);
  const [ruleMissing, setRuleMissing] = useState(false);

  function save() {
    const rrule = seriesRuleOf(repeat, timeZone);
    if (!draft || rrule === null) {
      setRuleMissing(rrule === null);
      return;
    }
    const notes = values.notes.trim();
    setProblem(null);
    book.mutate(
      {
        input: {
          patientId: draft.patientId,
          providerId: draft.providerId,
          appointmentTypeId: draft.appointmentTypeId,
          start: draft.start,
          operatoryId: draft.operatoryId ?? null,
          notes: notes === '' ? null : notes,
          rrule,
        },
        idempotencyKey: newIdempotencyKey(),
      },
      { onSuccess: onSaved, onError: setProblem },
    );
  }

  return {
    save,
    saving: book.isPending,
    problem,
    ruleMissing,
    /** After an edit: the old answer no longer applies. */
    forgetProblem: () => {
      setProblem(null);
      setRuleMissing(false);
    },
  };
}
