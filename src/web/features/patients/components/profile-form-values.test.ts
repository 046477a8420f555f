import { describe, expect, it } from 'vitest';
import '../../../i18n/i18n.ts';
import type { Patient } from '../../../../shared/patients.ts';
import { editableFields, profileChanges, rebaseProfile, toProfileFormValues } from './profile-form-values.ts';

const patient: Patient = {
  id: '6f1c2b0e-3c1e-4a4e-9f3a-0a6c1e2b3c4d',
  firstName: 'Beatriz',
  lastName: 'Magalhães',
  preferredName: null,
  dateOfBirth: '1985-03-02',
  sex: null,
  email: 'bia@example.com',
  phone: '+12125550123',
  secondaryPhone: null,
  address: null,
  emergencyContact: null,
  preferredContact: null,
  notes: null,
  insurance: [],
  guardianPatientId: null,
  guardianContact: null,
  guarantorId: null,
  accountId: '6f1c2b0e-3c1e-4a4e-9f3a-0a6c1e2b3c4d',
  archived: false,
  alerts: [],
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: null,
};

describe('profileChanges', () => {
  const base = toProfileFormValues(patient);

  it('sends only the fields that changed', () => {
    const result = profileChanges(base, { ...base, phone: '(212) 555-0199', notes: 'Prefers mornings' });
    expect(result).toEqual({ ok: true, changes: { phone: '(212) 555-0199', notes: 'Prefers mornings' } });
  });

  it('sends nothing when nothing changed', () => {
    expect(profileChanges(base, { ...base })).toEqual({ ok: true, changes: {} });
  });

  it('clears a field with null', () => {
    expect(profileChanges(base, { ...base, email: '' })).toEqual({ ok: true, changes: { email: null } });
  });

  it('groups address fields into one object and explains missing parts by path', () => {
    const result = profileChanges(base, { ...base, 'address.line1': '1 Main St' });
    expect(result).toEqual({ ok: false, errors: { 'address.city': 'Required' } });
    const complete = profileChanges(base, {
      ...base,
      'address.line1': '1 Main St',
      'address.city': 'Springfield',
      'address.country': 'us',
    });
    expect(complete).toEqual({
      ok: true,
      changes: {
        address: {
          line1: '1 Main St',
          line2: null,
          city: 'Springfield',
          region: null,
          postalCode: null,
          country: 'US',
        },
      },
    });
  });

  it('sends the policies filled in, primary first, as the whole insurance list', () => {
    const result = profileChanges(base, {
      ...base,
      'insurance.secondary.carrier': 'Bradesco Saúde',
      'insurance.secondary.memberId': 'B-77',
      'insurance.primary.carrier': 'Amil',
      'insurance.primary.memberId': 'A-123',
      'insurance.primary.subscriberRelationship': 'spouse',
      'insurance.primary.subscriberName': 'João Magalhães',
    });
    expect(result).toEqual({
      ok: true,
      changes: {
        insurance: [
          {
            priority: 'primary',
            carrier: 'Amil',
            plan: null,
            memberId: 'A-123',
            groupNumber: null,
            subscriberName: 'João Magalhães',
            subscriberRelationship: 'spouse',
          },
          {
            priority: 'secondary',
            carrier: 'Bradesco Saúde',
            plan: null,
            memberId: 'B-77',
            groupNumber: null,
            subscriberName: null,
            subscriberRelationship: 'self',
          },
        ],
      },
    });
  });

  it('loads saved policies, sends nothing while they are untouched, and an emptied policy is removed', () => {
    const insured = toProfileFormValues({
      ...patient,
      insurance: [
        { priority: 'secondary', carrier: 'Amil', memberId: 'A-1', subscriberRelationship: 'child' },
      ],
    });
    expect(insured['insurance.secondary.carrier']).toBe('Amil');
    expect(insured['insurance.secondary.subscriberRelationship']).toBe('child');
    expect(insured['insurance.primary.subscriberRelationship']).toBe('self');
    expect(profileChanges(insured, { ...insured })).toEqual({ ok: true, changes: {} });
    const emptied = { ...insured, 'insurance.secondary.carrier': '', 'insurance.secondary.memberId': '' };
    expect(profileChanges(insured, emptied)).toEqual({ ok: true, changes: { insurance: [] } });
  });

  it('names a missing policy field by its policy, not by its place in the list', () => {
    const result = profileChanges(base, { ...base, 'insurance.secondary.carrier': 'Amil' });
    expect(result).toEqual({ ok: false, errors: { 'insurance.secondary.memberId': 'Required' } });
  });

  it('checks values with the shared schema', () => {
    const result = profileChanges(base, { ...base, email: 'not an email', firstName: ' ' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['email', 'firstName']);
  });
});

describe('rebaseProfile', () => {
  it('takes their version but keeps what this person typed, and names fields both changed', () => {
    const oldBase = toProfileFormValues(patient);
    const newBase = toProfileFormValues({ ...patient, phone: '+12125550100', notes: 'Theirs', version: 4 });
    const typed = { ...oldBase, phone: '+12125550111', email: 'new@example.com' };
    const { values, overlapping } = rebaseProfile(oldBase, newBase, typed, new Set(['phone', 'email']));
    expect(values.phone).toBe('+12125550111');
    expect(values.email).toBe('new@example.com');
    expect(values.notes).toBe('Theirs');
    expect(overlapping).toEqual(['phone']);
  });
});

describe('editableFields', () => {
  it('lets staff edit everything and patients their contact details only', () => {
    expect(editableFields('staff')).toContain('dateOfBirth');
    const own = editableFields('patient');
    expect(own).toContain('phone');
    expect(own).toContain('address.city');
    expect(own).not.toContain('dateOfBirth');
    expect(own).not.toContain('notes');
  });
});
