import { describe, expect, it } from 'vitest';
import { CreateAppointmentTypeInput } from '../../../../shared/scheduling.ts';
import {
  currencyDigits,
  decimalSeparator,
  toCandidate,
  toFormValues,
} from './appointment-type-form-values.ts';

const usd = { locale: 'en', timeZone: 'America/New_York', currency: 'USD' };
const type = {
  id: '6f1c2a9e-8a55-4c84-9d59-0c8a4bbd0c11',
  name: 'Cleaning',
  durationMinutes: 45,
  bufferMinutes: 10,
  priceCents: 12050,
  depositCents: 0,
  color: '#1c7ed6',
  bookableOnline: true,
  active: true,
  providerIds: [],
};

describe('appointment type form values', () => {
  it('knows the minor units of the clinic currency', () => {
    expect(currencyDigits(usd)).toBe(2);
    expect(currencyDigits({ ...usd, currency: 'JPY' })).toBe(0);
    expect(currencyDigits({ ...usd, currency: 'BHD' })).toBe(3);
  });

  it('reads and types prices with the locale’s decimal mark', () => {
    expect(decimalSeparator('en')).toBe('.');
    expect(decimalSeparator('pt-BR')).toBe(',');
  });

  it('shows a stored price as money and sends it back as the same cents', () => {
    const values = toFormValues(type, 2);
    expect(values.price).toBe(120.5);
    expect(toCandidate(values, 2).priceCents).toBe(12050);
  });

  it('rounds away floating-point noise when turning money into cents', () => {
    const values = { ...toFormValues(undefined, 2), name: 'X', price: 1.1 };
    expect(toCandidate(values, 2).priceCents).toBe(110);
    expect(toCandidate({ ...values, price: 19.99 }, 2).priceCents).toBe(1999);
    expect(toCandidate({ ...values, price: 5000 }, 0).priceCents).toBe(5000);
  });

  it('turns blanks into what the shared schema understands', () => {
    const blank = { ...toFormValues(undefined, 2), durationMinutes: '', bufferMinutes: '', price: '' };
    const candidate = toCandidate(blank, 2);
    expect(candidate.durationMinutes).toBeUndefined();
    expect(candidate.bufferMinutes).toBe(0);
    expect(candidate.priceCents).toBe(0);
    const parsed = CreateAppointmentTypeInput.safeParse(candidate);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['name', 'durationMinutes']);
  });
});
