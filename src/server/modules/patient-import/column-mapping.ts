/** The patient fields a CSV column can fill; address parts are flat here and nested on import. */
export const importFields = [
  'firstName',
  'lastName',
  'preferredName',
  'dateOfBirth',
  'sex',
  'email',
  'phone',
  'secondaryPhone',
  'notes',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
] as const;
export type ImportField = (typeof importFields)[number];

export const requiredImportFields = [
  'firstName',
  'lastName',
  'dateOfBirth',
] as const satisfies readonly ImportField[];

/**
 * Header spellings recognised without `--map`, compared after `normalizeHeader`. The
 * Portuguese ones are there because Brazilian clinics export from Portuguese software; "nome"
 * is left out on purpose: it often holds the full name, which must not land in firstName.
 */
const aliases: Record<ImportField, string[]> = {
  firstName: ['firstName', 'givenName', 'forename', 'first', 'primeiroNome'],
  lastName: ['lastName', 'surname', 'familyName', 'last', 'sobrenome'],
  preferredName: ['preferredName', 'nickname', 'apelido', 'nomeSocial'],
  dateOfBirth: [
    'dateOfBirth',
    'dob',
    'birthDate',
    'birthday',
    'dataDeNascimento',
    'dataNascimento',
    'nascimento',
  ],
  sex: ['sex', 'gender', 'sexo'],
  email: ['email', 'emailAddress', 'eMail'],
  phone: ['phone', 'mobile', 'cell', 'cellPhone', 'mobilePhone', 'telephone', 'telefone', 'celular'],
  secondaryPhone: ['phone2', 'secondaryPhone', 'otherPhone', 'homePhone', 'workPhone', 'telefone2'],
  notes: ['notes', 'note', 'comments', 'observacoes', 'observacao'],
  addressLine1: ['addressLine1', 'address', 'street', 'streetAddress', 'address1', 'endereco', 'logradouro'],
  addressLine2: ['addressLine2', 'address2', 'complemento'],
  city: ['city', 'town', 'cidade'],
  region: ['state', 'region', 'province', 'estado', 'uf'],
  postalCode: ['postalCode', 'zip', 'zipCode', 'postcode', 'cep'],
  country: ['country', 'countryCode', 'pais'],
};

/** "First name", "first_name", "FIRSTNAME" and "firstName" all read the same. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

const fieldByAlias = new Map<string, ImportField>(
  importFields.flatMap((field) => aliases[field].map((alias) => [normalizeHeader(alias), field] as const)),
);

/** What `--map` may assign a column to: a field (or one of its aliases), or nothing. */
const ignoreTargets = new Set(['-', 'ignore']);

export class ColumnMappingError extends Error {}

/** `column=field` pairs, given once as "A=firstName,B=lastName" or in several `--map` options. */
export type ColumnOverrides = Map<string, ImportField | 'ignore'>;

export function parseColumnOverrides(specs: readonly string[]): ColumnOverrides {
  const overrides: ColumnOverrides = new Map();
  for (const pair of specs.flatMap((spec) => spec.split(','))) {
    if (pair.trim() === '') continue;
    const separator = pair.lastIndexOf('=');
    const column = pair.slice(0, separator).trim();
    const target = pair.slice(separator + 1).trim();
    if (separator < 0 || column === '' || target === '') {
      throw new ColumnMappingError(`--map expects column=field pairs, got "${pair.trim()}"`);
    }
    if (ignoreTargets.has(target.toLowerCase())) {
      overrides.set(column, 'ignore');
      continue;
    }
    const field = fieldByAlias.get(normalizeHeader(target));
    if (!field) {
      throw new ColumnMappingError(
        `--map "${pair.trim()}": "${target}" is not a patient field (fields: ${importFields.join(', ')}; "-" ignores the column)`,
      );
    }
    overrides.set(column, field);
  }
  return overrides;
}

/** For each column of the file, the field it fills, if any. */
export type ColumnMapping = {
  fields: (ImportField | undefined)[];
  /** Columns neither recognised nor mapped, reported once and left out. */
  unknown: string[];
};

/**
 * Matches the header row to patient fields: `--map` first (exact header, else normalised),
 * then the known spellings. Stops before any row is read when a required field has no column
 * or two columns claim one field, since guessing there would import wrong data quietly.
 */
export function resolveColumnMapping(
  headers: readonly string[],
  overrides: ColumnOverrides = new Map(),
): ColumnMapping {
  const fields: (ImportField | undefined)[] = headers.map(() => undefined);
  const explicit = new Set<number>();
  for (const [column, target] of overrides) {
    let index = headers.indexOf(column);
    if (index < 0) index = headers.findIndex((header) => normalizeHeader(header) === normalizeHeader(column));
    if (index < 0) {
      throw new ColumnMappingError(
        `--map names the column "${column}", which the file does not have (columns: ${headers.join(', ')})`,
      );
    }
    explicit.add(index);
    fields[index] = target === 'ignore' ? undefined : target;
  }
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    if (explicit.has(index)) return;
    const field = fieldByAlias.get(normalizeHeader(header));
    if (field) fields[index] = field;
    else unknown.push(header);
  });
  for (const field of importFields) {
    const columns = headers.filter((_, index) => fields[index] === field);
    if (columns.length > 1) {
      throw new ColumnMappingError(
        `Columns ${columns.map((column) => `"${column}"`).join(' and ')} both fill ${field}; say which is which, e.g. --map "${columns[1]}=${field === 'phone' ? 'secondaryPhone' : '-'}"`,
      );
    }
  }
  const missing = requiredImportFields.filter((field) => !fields.includes(field));
  if (missing.length > 0) {
    throw new ColumnMappingError(
      missing
        .map(
          (field) =>
            `No column for ${field} (looked for: ${aliases[field].join(', ')}); name it with --map "<column>=${field}".`,
        )
        .join('\n'),
    );
  }
  return { fields, unknown };
}
