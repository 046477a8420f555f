import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { patients } from '../../db/schema.ts';
import type { PatientRow } from './patient-scope.ts';

export type DuplicateProbe = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
};

const folded = (value: SQL | string) => sql`lower(immutable_unaccent(${value}))`;

/**
 * Records that are probably the same person: same name and birth date (ignoring case and
 * accents), or the same phone or email. Shared family phones make this a warning, not a rule.
 */
export async function findPossibleDuplicates(
  db: Db,
  probe: DuplicateProbe,
  excludeId?: string,
): Promise<PatientRow[]> {
  const sameIdentity = and(
    eq(folded(sql`${patients.firstName}`), folded(probe.firstName)),
    eq(folded(sql`${patients.lastName}`), folded(probe.lastName)),
    eq(patients.dateOfBirth, probe.dateOfBirth),
  );
  const samePhone = probe.phone
    ? or(eq(patients.phone, probe.phone), eq(patients.secondaryPhone, probe.phone))
    : undefined;
  const sameEmail = probe.email ? eq(sql`lower(${patients.email})`, probe.email.toLowerCase()) : undefined;
  return db
    .select()
    .from(patients)
    .where(
      and(
        isNull(patients.archivedAt),
        or(sameIdentity, samePhone, sameEmail),
        excludeId ? sql`${patients.id} <> ${excludeId}` : undefined,
      ),
    )
    .limit(5);
}
