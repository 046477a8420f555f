import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { fieldsWithProblems } from './booking-fields.ts';

describe('field problems of a booking', () => {
  it('names the form fields the server complained about, once each', () => {
    const error = new ApiError({
      status: 422,
      code: 'validation_failed',
      title: 'Some values break a rule.',
      errors: [
        { path: 'providerId', message: 'This provider does not offer this appointment type' },
        { path: 'start', message: 'Appointments start on a whole minute' },
        { path: 'start', message: 'Use an ISO 8601 date-time with an offset' },
        { path: 'somethingElse', message: 'x' },
      ],
    });
    expect(fieldsWithProblems(error)).toEqual(['providerId', 'start']);
  });

  it('finds none in other errors', () => {
    expect(fieldsWithProblems(new Error('boom'))).toEqual([]);
    expect(fieldsWithProblems(new ApiError({ status: 409, code: 'slot_unavailable', title: 'x' }))).toEqual(
      [],
    );
  });
});
