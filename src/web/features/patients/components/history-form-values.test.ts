import { describe, expect, it } from 'vitest';
import '../../../i18n/i18n.ts';
import { emptyRows, toHistoryFormValues, validateHistory } from './history-form-values.ts';

describe('validateHistory', () => {
  it('turns the rows into the PUT body, blanks into nulls', () => {
    const values = toHistoryFormValues({
      allergies: [{ substance: 'Latex', reaction: null, severity: 'mild' }],
      medications: [],
      conditions: [],
      alerts: [],
      notes: null,
    });
    values.allergies.push({ ...emptyRows.allergies(), substance: ' Penicillin ', severity: 'severe' });
    expect(validateHistory(values)).toEqual({
      ok: true,
      history: {
        allergies: [
          { substance: 'Latex', reaction: null, severity: 'mild' },
          { substance: 'Penicillin', reaction: null, severity: 'severe' },
        ],
        medications: [],
        conditions: [],
        alerts: [],
        notes: null,
      },
    });
  });

  it('points errors at the row and field, as the server would', () => {
    const values = toHistoryFormValues({
      allergies: [],
      medications: [],
      conditions: [],
      alerts: [],
      notes: null,
    });
    values.allergies.push(
      { ...emptyRows.allergies(), substance: 'Latex' },
      { ...emptyRows.allergies(), substance: 'latex' },
    );
    values.conditions.push({ ...emptyRows.conditions(), name: 'Asthma', since: '2020-13' });
    values.alerts.push(emptyRows.alerts());
    const result = validateHistory(values);
    expect(result).toEqual({
      ok: false,
      errors: {
        'allergies.1.substance': 'Listed twice',
        'conditions.0.since': 'Use YYYY-MM or YYYY-MM-DD',
        'alerts.0.note': 'Describe the alert',
      },
    });
  });

  it('gives every row its own key', () => {
    expect(emptyRows.medications().key).not.toBe(emptyRows.medications().key);
  });
});
