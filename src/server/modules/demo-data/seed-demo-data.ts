import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import { CreatePatientInput } from '../../../shared/patients.ts';
import type { Role } from '../../../shared/permissions.ts';
import type { AppContext } from '../../context.ts';
import { patients, users } from '../../db/schema.ts';
import { type Tx, withTransaction } from '../../db/transaction.ts';
import type { Actor } from '../auth/authenticate.ts';
import { assertStrongPassword, hashPassword } from '../auth/passwords.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { medicalHistoryVersions } from '../medical-history/medical-history-tables.ts';
import { patientColumnValues } from '../patients/patient-fields.ts';
import { createAdmin, defaultAdminEmail, generatePassword } from '../users/bootstrap-admin.ts';
import { fakeMedicalHistory } from './fake-medical-history.ts';
import { createDemoFakers, type DemoFakers, fakePatientInput, seedDemoFakers } from './fake-patients.ts';
import { type DemoClinic, type DemoProviderPlan, seedDemoClinic } from './seed-demo-clinic.ts';
import { type DemoWeek, seedDemoWeek } from './seed-demo-week.ts';

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
  /** An administrator made because there was none; its password is shown only this once. */
  admin: { email: string; generatedPassword: string } | undefined;
  clinic: DemoClinic['created'];
  week: DemoWeek;
};

// Fixed, so that every clinic's demo holds the same people and a bug report can name one.
const demoSeed = 20_250_301;
const demoDomain = 'demo.topsmile.test';
const staffPlan: { login: string; role: Role; dentist?: boolean; color?: string }[] = [
  { login: 'manager', role: 'manager' },
  { login: 'frontdesk1', role: 'staff' },
  { login: 'frontdesk2', role: 'staff' },
  { login: 'provider1', role: 'provider', dentist: true, color: '#1c7ed6' },
  { login: 'provider2', role: 'provider', dentist: true, color: '#e8590c' },
  // A hygienist: providers are not all dentists.
  { login: 'provider3', role: 'provider', color: '#0ca678' },
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
 * three providers (two dentists, a hygienist) with their hours, three chairs, the usual
 * appointment types with fees, `patients` patients (some minors with guardians, some insured,
 * about half with a first medical history) and a week of visits, fees and desk payments.
 * Running it again adds nothing already there: staff by e-mail, providers by linked login,
 * chairs and types by name, patients by number, and the week only when it has no demo visits.
 * An administrator is made (with a generated password) only when there is no active one.
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
  const admin = await ensureAdmin(ctx);
  const staffRows = await ctx.db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(
      inArray(
        sql`lower(${users.email})`,
        planned.map((member) => member.email),
      ),
    );
  const manager = staffRows.find((row) => row.email.toLowerCase() === `manager@${demoDomain}`);
  if (!manager) throw new Error('the demo manager is missing');
  const actor: Actor = {
    userId: manager.id,
    role: 'manager',
    sessionId: 'seed-demo',
    email: manager.email,
    name: manager.name,
    patientId: null,
    twoFactorEnrollmentRequired: false,
  };
  // The set-up and the week are made by the demo manager, through the same services as the app.
  const source = { actorId: manager.id, actorRole: 'manager' as const, ip: null, userAgent: 'topsmile-cli' };
  const providerPlan: DemoProviderPlan[] = staffPlan.flatMap((plan) => {
    const row = staffRows.find((member) => member.email.toLowerCase() === `${plan.login}@${demoDomain}`);
    return plan.role === 'provider' && row
      ? [{ userId: row.id, name: row.name, hygienist: !plan.dentist, color: plan.color ?? '#228be6' }]
      : [];
  });
  const clinic = await seedDemoClinic(ctx, actor, source, providerPlan);
  seedDemoFakers(fakers, [demoSeed, 2]);
  const week = await seedDemoWeek(ctx, actor, source, clinic, await demoPatientIds(ctx), fakers.english);
  return {
    staff: planned.map((member) => ({ ...member, created: !presentEmails.has(member.email) })),
    generatedPassword: options.password === undefined && missingStaff.length > 0 ? password : undefined,
    patients: { created: newPatients.length, existing: options.patients - newPatients.length },
    medicalHistories: withHistory?.length,
    admin,
    clinic: clinic.created,
    week,
  };
}

/** Without an active administrator nobody could manage the demo clinic: make one. */
async function ensureAdmin(ctx: AppContext): Promise<SeedDemoResult['admin']> {
  const [existing] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .limit(1);
  if (existing) return undefined;
  const email = ctx.config.firstAdmin.email ?? defaultAdminEmail;
  const created = await createAdmin(ctx, { email });
  return created?.generatedPassword ? { email, generatedPassword: created.generatedPassword } : undefined;
}

/** The demo patients in their numbered order (the week books them), else whoever is registered. */
async function demoPatientIds(ctx: AppContext): Promise<string[]> {
  const demo = await ctx.db
    .select({ id: patients.id, notes: patients.notes })
    .from(patients)
    .where(like(patients.notes, `${patientMarker}%`));
  if (demo.length > 0) {
    const number = (notes: string | null) => Number.parseInt(notes?.slice(patientMarker.length) ?? '', 10);
    return demo.sort((a, b) => number(a.notes) - number(b.notes)).map((row) => row.id);
  }
  const anyone = await ctx.db
    .select({ id: patients.id })
    .from(patients)
    .orderBy(asc(patients.createdAt))
    .limit(500);
  return anyone.map((row) => row.id);
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
