import { describe, expect, it } from 'vitest';
import { formatPhone } from './format-phone.ts';

describe('formatPhone', () => {
  it('writes the clinic country’s numbers the national way', () => {
    expect(formatPhone('+12018428626', 'US')).toBe('(201) 842-8626');
    expect(formatPhone('+5511912345678', 'BR')).toBe('(11) 91234-5678');
  });

  it('writes other countries’ numbers internationally, and keeps what it cannot read', () => {
    expect(formatPhone('+5511912345678', 'US')).toBe('+55 11 91234 5678');
    expect(formatPhone('+12018428626', 'BR')).toBe('+1 201 842 8626');
    expect(formatPhone('ask at the desk', 'US')).toBe('ask at the desk');
  });
});
