import { isNull } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { patients } from '../../db/schema.ts';

// Letters that carry no combining mark to strip but that PostgreSQL's unaccent folds too.
const foldedLetters: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
};

/** Case, accents and spacing ignored, like `lower(immutable_unaccent(…))` in find-duplicates.ts. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłđðþæœß]/g, (letter) => foldedLetters[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

export type DuplicateProbe = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone?: string | null | undefined;
  secondaryPhone?: string | null | undefined;
  email?: string | null | undefined;
};

export type DuplicateMatch = {
  of: string;
  because: 'same name and date of birth' | 'same phone' | 'same email';
};

const identityKey = (probe: DuplicateProbe) =>
  `${foldName(probe.firstName)}\u0000${foldName(probe.lastName)}\u0000${probe.dateOfBirth}`;

/**
 * The same rule as `findPossibleDuplicates` (name and birth date, or the primary phone
 * against either phone, or the email), answered from memory so that a file of 100,000 rows
 * costs one query instead of one per row.
 */
export class DuplicateIndex {
  private readonly identities = new Map<string, string>();
  private readonly phones = new Map<string, string>();
  private readonly emails = new Map<string, string>();

  /** Remembers a patient under `label` (what a later match is reported as a duplicate of). */
  add(probe: DuplicateProbe, label: string): void {
    const remember = (map: Map<string, string>, key: string | null | undefined) => {
      if (key && !map.has(key)) map.set(key, label);
    };
    remember(this.identities, identityKey(probe));
    remember(this.phones, probe.phone);
    remember(this.phones, probe.secondaryPhone);
    remember(this.emails, probe.email?.toLowerCase());
  }

  find(probe: DuplicateProbe): DuplicateMatch | undefined {
    const identity = this.identities.get(identityKey(probe));
    if (identity) return { of: identity, because: 'same name and date of birth' };
    const phone = probe.phone ? this.phones.get(probe.phone) : undefined;
    if (phone) return { of: phone, because: 'same phone' };
    const email = probe.email ? this.emails.get(probe.email.toLowerCase()) : undefined;
    if (email) return { of: email, because: 'same email' };
    return undefined;
  }

  /** The registered (not archived) patients, in one query. */
  static async ofExistingPatients(db: Db): Promise<DuplicateIndex> {
    const index = new DuplicateIndex();
    const rows = await db
      .select({
        id: patients.id,
        firstName: patients.firstName,
        lastName: patients.lastName,
        dateOfBirth: patients.dateOfBirth,
        phone: patients.phone,
        secondaryPhone: patients.secondaryPhone,
        email: patients.email,
      })
      .from(patients)
      .where(isNull(patients.archivedAt));
    for (const row of rows) index.add(row, `patient ${row.id}`);
    return index;
  }
}
