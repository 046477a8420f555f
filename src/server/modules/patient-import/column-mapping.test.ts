import { describe, expect, it } from 'vitest';
import { ColumnMappingError, parseColumnOverrides, resolveColumnMapping } from './column-mapping.ts';

describe('CSV column mapping', () => {
  it('matches headers to fields ignoring case, spaces, underscores and accents', () => {
    const mapping = resolveColumnMapping([
      'First name',
      'LAST_NAME',
      'DOB',
      'E-mail',
      'Mobile',
      'phone2',
      'Sexo',
      'Address',
      'City',
      'State',
      'ZIP',
      'Country',
      'Notes',
      'Observações extras',
    ]);
    expect(mapping.fields).toEqual([
      'firstName',
      'lastName',
      'dateOfBirth',
      'email',
      'phone',
      'secondaryPhone',
      'sex',
      'addressLine1',
      'city',
      'region',
      'postalCode',
      'country',
      'notes',
      undefined,
    ]);
    expect(mapping.unknown).toEqual(['Observações extras']);
  });

  it('lets --map name columns, pick fields by any spelling, and ignore columns', () => {
    const overrides = parseColumnOverrides([
      'Given Name=firstName,Surname=last_name',
      'Born=dob,Legacy ID=-',
    ]);
    const mapping = resolveColumnMapping(['Given Name', 'surname', 'Born', 'Legacy ID', 'Phone'], overrides);
    expect(mapping.fields).toEqual(['firstName', 'lastName', 'dateOfBirth', undefined, 'phone']);
    expect(mapping.unknown).toEqual([]);
  });

  it('lets --map take a column away from the field its name suggests', () => {
    const mapping = resolveColumnMapping(
      ['first_name', 'last_name', 'dob', 'Phone', 'Mobile'],
      parseColumnOverrides(['Mobile=secondaryPhone']),
    );
    expect(mapping.fields.slice(3)).toEqual(['phone', 'secondaryPhone']);
  });

  it('stops with a clear message when a required field has no column', () => {
    expect(() => resolveColumnMapping(['Name', 'Surname', 'Email'])).toThrow(ColumnMappingError);
    expect(() => resolveColumnMapping(['Name', 'Surname', 'Email'])).toThrow(
      /No column for firstName.*--map/,
    );
    expect(() => resolveColumnMapping(['Name', 'Surname', 'Email'])).toThrow(/No column for dateOfBirth/);
  });

  it('refuses two columns for one field instead of guessing', () => {
    expect(() => resolveColumnMapping(['first_name', 'last_name', 'dob', 'Phone', 'Mobile'])).toThrow(
      /"Phone" and "Mobile" both fill phone.*--map "Mobile=secondaryPhone"/,
    );
  });

  it('refuses a --map that names an unknown field or a column the file lacks', () => {
    expect(() => parseColumnOverrides(['Given=given_names'])).toThrow(/"given_names" is not a patient field/);
    expect(() => parseColumnOverrides(['firstName'])).toThrow(/column=field/);
    expect(() =>
      resolveColumnMapping(['first_name', 'last_name', 'dob'], parseColumnOverrides(['Nome=firstName'])),
    ).toThrow(/"Nome", which the file does not have/);
  });
});
