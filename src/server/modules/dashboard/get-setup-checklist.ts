import { and, asc, count, eq, exists, ne, notExists, sql } from 'drizzle-orm';
import type { SetupChecklist, SetupStep } from '../../../shared/dashboard.ts';
import type { Db } from '../../db/engine.ts';
import {
  appointmentTypes,
  clinicSettings,
  operatories,
  providers,
  users,
  workingHours,
} from '../../db/schema.ts';

/**
 * Which first-run steps a clinic has taken, in the order it takes them, each with the screen
 * where it is done. A step is done once something active exists for it.
 */
export async function getSetupChecklist(db: Db): Promise<SetupChecklist> {
  const [clinic, chairs, types, activeProviders, hours, staffLogins, providerWithoutHours] =
    await Promise.all([
      clinicSettingsSaved(db),
      anyRow(
        db.select({ id: operatories.id }).from(operatories).where(eq(operatories.active, true)).limit(1),
      ),
      anyRow(
        db
          .select({ id: appointmentTypes.id })
          .from(appointmentTypes)
          .where(eq(appointmentTypes.active, true))
          .limit(1),
      ),
      anyRow(db.select({ id: providers.id }).from(providers).where(eq(providers.active, true)).limit(1)),
      activeProviderHasHours(db),
      staffLoginCount(db),
      firstActiveProviderWithoutHours(db),
    ]);
  const steps: SetupStep[] = [
    { key: 'clinic', done: clinic, path: '/settings/clinic' },
    { key: 'chairs', done: chairs, path: '/settings/scheduling?tab=operatories' },
    { key: 'types', done: types, path: '/settings/scheduling?tab=types' },
    { key: 'providers', done: activeProviders, path: '/settings/scheduling?tab=providers' },
    {
      key: 'hours',
      done: hours,
      path: providerWithoutHours
        ? `/my-schedule?provider=${encodeURIComponent(providerWithoutHours)}`
        : '/my-schedule',
    },
    // The first administrator is there from the first start; the step is the rest of the team.
    { key: 'users', done: staffLogins > 1, path: '/admin/users' },
  ];
  return { steps, complete: steps.every((step) => step.done) };
}

async function anyRow(query: Promise<unknown[]>): Promise<boolean> {
  return (await query).length > 0;
}

/**
 * The settings row is created by the first migration, in the same transaction that records the
 * migration, so its `updated_at` equals that record's `applied_at` until someone saves it.
 */
async function clinicSettingsSaved(db: Db): Promise<boolean> {
  const [row] = await db
    .select({
      saved: sql<boolean>`coalesce(${clinicSettings.updatedAt} > (SELECT applied_at FROM schema_migrations WHERE id = '0001_foundation'), false)`,
    })
    .from(clinicSettings);
  return row?.saved === true;
}

const hoursOfProvider = (db: Db) =>
  db.select({ found: sql`1` }).from(workingHours).where(eq(workingHours.providerId, providers.id));

async function activeProviderHasHours(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: providers.id })
    .from(providers)
    .where(and(eq(providers.active, true), exists(hoursOfProvider(db))))
    .limit(1);
  return row !== undefined;
}

async function firstActiveProviderWithoutHours(db: Db): Promise<string | undefined> {
  const [row] = await db
    .select({ id: providers.id })
    .from(providers)
    .where(and(eq(providers.active, true), notExists(hoursOfProvider(db))))
    .orderBy(asc(providers.createdAt), asc(providers.id))
    .limit(1);
  return row?.id;
}

async function staffLoginCount(db: Db): Promise<number> {
  const [row] = await db
    .select({ logins: count() })
    .from(users)
    .where(and(eq(users.active, true), ne(users.role, 'patient')));
  return row?.logins ?? 0;
}
