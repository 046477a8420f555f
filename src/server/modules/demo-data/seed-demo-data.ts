import { randomUUID } from 'node:crypto';
import { inArray, like, sql } from 'drizzle-orm';
import { CreatePatientInput } from '../../../shared/patients.ts';
import type { Role } from '../../../shared/permissions.ts';
import type { AppContext } from '../../context.ts';
import { patients, users } from '../../db/schema.ts';
import { type Tx, withTransaction } from '../../db/transaction.ts';
import { assertStrongPassword, hashPassword } from '../auth/passwords.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { medicalHistoryVersions } from '../medical-history/medical-history-tables.ts';
import { patientColumnValues } from '../patients/patient-fields.ts';
import { generatePassword } from '../users/bootstrap-admin.ts';
import { fakeMedicalHistory } from './fake-medical-history.ts';
import { createDemoFakers, type DemoFakers, fakePatientInput, seedDemoFakers } from './fake-patients.ts';

export type SeedDemoOptions = {
  patients: number;
  /** For every demo staff account; a strong one is generated (and returned once) when not given. */
  password?: string | undefined;
};

export type DemoStaffMember = { email: string; name: string; role: Role; created: boolean };

export type SeedDemoResult = {
  staff: DemoStaffMember[];
  /** Set only when accounts were created with a generated password. */
  generatedPassword: string | undefined;
  patients: { created: number; existing: number };
  /** Undefined when the database has no medical history table yet. */
  medicalHistories: number | undefined;
};

// Fixed, so that every clinic's demo holds the same people and a bug report can name one.
const demoSeed = 20_250_301;
const demoDomain = 'demo.topsmile.test';
const staffPlan: { login: string; role: Role; dentist?: boolean }[] = [
  { login: 'manager', role: 'manager' },
  { login: 'frontdesk1', role: 'staff' },
  { login: 'frontdesk2', role: 'staff' },
  { login: 'provider1', role: 'provider', dentist: true },
  { login: 'provider2', role: 'provider', dentist: true },
  // A hygienist: providers are not all dentists.
  { login: 'provider3', role: 'provider' },
];
// The notes of every demo patient start with this and its number: reruns skip the numbers present.
const patientMarker = 'Demo patient #';
const insertBatchSize = 500;

function staffMembers(fakers: DemoFakers): Omit<DemoStaffMember, 'created'>[] {
  return staffPlan.map(({ login, role, dentist }, index) => {
    seedDemoFakers(fakers, [demoSeed, 0, index]);
    const faker = index % 2 === 0 ? fakers.brazilian : fakers.english;
    const name = `${faker.person.firstName()} ${faker.person.lastName()}`;
    return { email: `${login}@${demoDomain}`, role, name: dentist ? `Dr. ${name}` : name };
  });
}

async function existingDemoPatientNumbers(ctx: AppContext): Promise<Set<number>> {
  const rows = await ctx.db
    .select({ notes: patients.notes })
    .from(patients)
    .where(like(patients.notes, `${patientMarker}%`));
  return new Set(rows.map((row) => Number.parseInt(row.notes?.slice(patientMarker.length) ?? '', 10)));
}

async function hasMedicalHistoryTable(ctx: AppContext): Promise<boolean> {
  const [row] = await ctx.engine.rawTransaction((tx) =>
    tx.query<{ present: boolean }>(`SELECT to_regclass('medical_history_versions') IS NOT NULL AS present`),
  );
  return row?.present ?? false;
}

type NewPatient = { number: number; values: typeof patients.$inferInsert & { id: string } };

/**
 * The patients numbered 1…count that are not there yet. Each number seeds the generator on
 * its own, so patient #17 is the same person whatever the count and however many runs.
 */
function newDemoPatients(
  fakers: DemoFakers,
  count: number,
  existing: Set<number>,
  country: string,
  today: Date,
): NewPatient[] {
  const created: NewPatient[] = [];
  let lastAdult: NewPatient['values'] | undefined;
  for (let number = 1; number <= count; number++) {
    if (existing.has(number)) continue;
    seedDemoFakers(fakers, [demoSeed, number]);
    const input = fakePatientInput(fakers, {
      country,
      today,
      marker: `${patientMarker}${number} (invented by seed-demo)`,
    });
    // Half the children are linked to a parent registered here too, as families usually are.
    if (input.guardianContact && lastAdult?.phone && fakers.english.datatype.boolean(0.5)) {
      input.lastName = lastAdult.lastName;
      input.guardianPatientId = lastAdult.id;
      const guardianName = `${lastAdult.firstName} ${lastAdult.lastName}`;
      input.guardianContact = { ...input.guardianContact, name: guardianName, phone: lastAdult.phone };
      input.insurance = input.insurance?.map((policy) => ({ ...policy, subscriberName: guardianName }));
    }
    const parsed = CreatePatientInput.parse(input);
    const values = {
      ...patientColumnValues(parsed, country),
      id: randomUUID(),
      firstName: parsed.firstName,
      lastName: parsed.lastName,
      dateOfBirth: parsed.dateOfBirth,
    };
    if (!input.guardianContact) lastAdult = values;
    created.push({ number, values });
  }
  return created;
}

async function insertInBatches<Row>(rows: Row[], insert: (batch: Row[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += insertBatchSize)
    await insert(rows.slice(start, start + insertBatchSize));
}

/**
 * Fills a clinic with invented data to try the product on: a manager, two front-desk staff,
 * three providers, and `patients` patients (some minors with guardians, some insured, about
 * half with a first medical history). Running it again adds nothing already there.
 */
export async function seedDemoData(ctx: AppContext, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const fakers = createDemoFakers();
  const { country } = await getClinicSettings(ctx.db);
  const today = ctx.now();
  const planned = staffMembers(fakers);
  const present = await ctx.db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        sql`lower(${users.email})`,
        planned.map((member) => member.email),
      ),
    );
  const presentEmails = new Set(present.map((row) => row.email.toLowerCase()));
  const missingStaff = planned.filter((member) => !presentEmails.has(member.email));
  if (options.password)
    assertStrongPassword(
      options.password,
      planned.map((member) => member.email),
    );
  const password = options.password ?? generatePassword();
  // Hashing is slow on purpose: once for all accounts, and not at all when they exist.
  const passwordHash = missingStaff.length > 0 ? await hashPassword(password) : undefined;

  const newPatients = newDemoPatients(
    fakers,
    options.patients,
    await existingDemoPatientNumbers(ctx),
    country ?? 'US',
    today,
  );
  const withHistory = (await hasMedicalHistoryTable(ctx))
    ? newPatients.filter(({ number }) => number % 2 === 1)
    : undefined;

  await withTransaction(ctx.db, async (tx) => {
    if (passwordHash) {
      await tx
        .insert(users)
        .values(
          missingStaff.map((member) => ({
            email: member.email,
            name: member.name,
            role: member.role,
            passwordHash,
            emailVerifiedAt: today,
          })),
        )
        .onConflictDoNothing();
    }
    await insertInBatches(newPatients, (batch) =>
      tx.insert(patients).values(batch.map(({ values }) => values)),
    );
    if (withHistory && withHistory.length > 0) await insertHistories(tx, fakers, withHistory, planned, today);
    await ctx.audit.record(tx, {
      actorId: null,
      actorRole: null,
      ip: null,
      userAgent: 'topsmile-cli',
      action: 'demo.seed',
      entity: 'clinic',
      outcome: 'success',
      detail: {
        staffCreated: missingStaff.length,
        patientsCreated: newPatients.length,
        medicalHistoriesCreated: withHistory?.length ?? 0,
      },
    });
  });
  return {
    staff: planned.map((member) => ({ ...member, created: !presentEmails.has(member.email) })),
    generatedPassword: options.password === undefined && missingStaff.length > 0 ? password : undefined,
    patients: { created: newPatients.length, existing: options.patients - newPatients.length },
    medicalHistories: withHistory?.length,
  };
}

async function insertHistories(
  tx: Tx,
  fakers: DemoFakers,
  withHistory: NewPatient[],
  staff: Omit<DemoStaffMember, 'created'>[],
  today: Date,
): Promise<void> {
  const providerEmails = staff.filter((member) => member.role === 'provider').map((member) => member.email);
  const providers = await tx.select({ id: users.id }).from(users).where(inArray(users.email, providerEmails));
  if (providers.length === 0) throw new Error('demo providers are missing');
  const rows = withHistory.map(({ number, values }) => {
    // Seeded by the patient's number, so that the same patient always gets the same history.
    seedDemoFakers(fakers, [demoSeed, number, 1]);
    const author = fakers.english.helpers.arrayElement(providers);
    return {
      patientId: values.id,
      version: 1,
      ...fakeMedicalHistory(fakers.english, today),
      createdBy: author.id,
      createdByRole: 'provider',
    };
  });
  await insertInBatches(rows, (batch) => tx.insert(medicalHistoryVersions).values(batch));
}
