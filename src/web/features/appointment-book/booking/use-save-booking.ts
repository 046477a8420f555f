import { useState } from 'react';
import type { Appointment } from '../../../../shared/scheduling.ts';
import { isApiError } from '../../../api/api-error.ts';
import { newIdempotencyKey } from '../../../api/idempotency-key.ts';
import { useBookAppointment } from './api/use-book-appointment.ts';
import type { HoldInput } from './api/use-place-hold.ts';
import { type BookingField, fieldsWithProblems } from './booking-fields.ts';
import { type BookingValues, missingFields } from './booking-form-state.ts';
import { slotConflictOf } from './slot-conflict.ts';
import type { useSlotHold } from './use-slot-hold.ts';

type Options = {
  values: BookingValues;
  draft: HoldInput | null;
  slot: ReturnType<typeof useSlotHold>;
  onSaved: (appointment: Appointment) => void;
};

/**
 * Saves the booking, turning the form's hold into the appointment when it holds exactly this
 * visit. Each attempt gets its own Idempotency-Key. A failure is kept for the form to explain.
 */
export function useSaveBooking({ values, draft, slot, onSaved }: Options) {
  const book = useBookAppointment();
  const [problemFields, setProblemFields] = useState<BookingField[]>([]);
  const [saveProblem, setSaveProblem] = useState<unknown>(null);

  function save() {
    const missing = missingFields(values, draft);
    if (!draft || missing.length > 0) {
      setProblemFields(missing);
      return;
    }
    const hold = slot.holdFor(draft);
    const notes = values.notes.trim();
    const input = { ...draft, notes: notes === '' ? null : notes, ...(hold ? { holdId: hold.id } : {}) };
    setSaveProblem(null);
    book.mutate(
      { input, idempotencyKey: newIdempotencyKey() },
      {
        onSuccess: (appointment) => {
          slot.forget();
          onSaved(appointment);
        },
        onError: (error) => {
          setSaveProblem(error);
          setProblemFields(fieldsWithProblems(error));
          // The live check is out of date too: refresh it, with its own blockers and suggestions.
          if (slotConflictOf(error) || isApiError(error, 'hold_expired')) slot.recheck();
        },
      },
    );
  }

  /** After an edit: the old answer no longer applies to the changed fields. */
  function forgetProblems(fields: readonly BookingField[]) {
    setSaveProblem(null);
    setProblemFields((current) => current.filter((field) => !fields.includes(field)));
  }

  return { save, saving: book.isPending, saveProblem, problemFields, forgetProblems };
}
