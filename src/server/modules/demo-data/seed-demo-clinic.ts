import { inArray } from 'drizzle-orm';
import type { ClinicSettings } from '../../../shared/clinic.ts';
import type { CreateAppointmentTypeInput, WorkingInterval } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { appointmentTypes, operatories, providers } from '../../db/schema.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { createAppointmentType } from '../catalog/create-appointment-type.ts';
import { createOperatory } from '../catalog/create-operatory.ts';
import { getClinicSettings, updateClinicSettings } from '../clinic/service.ts';
import { createProvider } from '../providers/create-provider.ts';
import { replaceWorkingHours } from '../providers/replace-working-hours.ts';

export type DemoProviderPlan = { userId: string; name: string; hygienist: boolean; color: string };

export type DemoClinic = {
  providers: { id: string; hygienist: boolean }[];
  chairIds: string[];
  types: DemoTypeRow[];
  created: { providers: number; chairs: number; types: number };
};

export type DemoTypeRow = {
  id: string;
  key: DemoTypeKey;
  durationMinutes: number;
  bufferMinutes: number;
  priceCents: number;
};

type DemoTypeKey = 'cleaning' | 'exam' | 'filling' | 'root_canal' | 'whitening';

// Names in the clinic's language: the front desk reads them all day.
const typeNames: Record<'en' | 'pt', Record<DemoTypeKey, string>> = {
  en: {
    cleaning: 'Cleaning',
    exam: 'Exam',
    filling: 'Filling',
    root_canal: 'Root canal',
    whitening: 'Whitening',
  },
  pt: {
    cleaning: 'Limpeza',
    exam: 'Avaliação',
    filling: 'Restauração',
    root_canal: 'Tratamento de canal',
    whitening: 'Clareamento',
  },
};

const typePlan: (Omit<CreateAppointmentTypeInput, 'name' | 'providerIds'> & {
  key: DemoTypeKey;
  byHygienist: boolean;
})[] = [
  {
    key: 'cleaning',
    durationMinutes: 45,
    priceCents: 12_000,
    color: '#40c057',
    bookableOnline: true,
    byHygienist: true,
  },
  {
    key: 'exam',
    durationMinutes: 30,
    priceCents: 8_000,
    color: '#228be6',
    bookableOnline: true,
    byHygienist: true,
  },
  { key: 'filling', durationMinutes: 60, priceCents: 18_000, color: '#fab005', byHygienist: false },
  // Sterilising the kit after a root canal takes the chair a while longer.
  {
    key: 'root_canal',
    durationMinutes: 90,
    bufferMinutes: 15,
    priceCents: 90_000,
    color: '#fa5252',
    byHygienist: false,
  },
  {
    key: 'whitening',
    durationMinutes: 60,
    priceCents: 40_000,
    depositCents: 10_000,
    color: '#be4bdb',
    bookableOnline: true,
    byHygienist: false,
  },
];

// Monday to Friday, with an hour for lunch; the hygienist starts and ends later.
function weekOf(morning: [string, string], afternoon: [string, string]): WorkingInterval[] {
  return [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: morning[0], end: morning[1] },
    { weekday, start: afternoon[0], end: afternoon[1] },
  ]);
}
export const dentistHours = weekOf(['08:00', '12:00'], ['13:00', '17:00']);
export const hygienistHours = weekOf(['09:00', '13:00'], ['14:00', '18:00']);

const zoneOfCountry: Record<string, string> = { BR: 'America/Sao_Paulo', US: 'America/New_York' };

/**
 * Settings a fresh install leaves unset (no phone or address, UTC) get plausible values;
 * anything the clinic has already chosen stays.
 */
async function completeClinicSettings(ctx: AppContext, source: AuditSource): Promise<ClinicSettings> {
  const clinic = await getClinicSettings(ctx.db);
  const country = clinic.country ?? 'US';
  const timeZone = clinic.timeZone === 'UTC' ? (zoneOfCountry[country] ?? clinic.timeZone) : clinic.timeZone;
  if (clinic.phone && clinic.address && timeZone === clinic.timeZone) return clinic;
  const brazilian = country === 'BR';
  return updateClinicSettings(
    ctx,
    {
      ...clinic,
      timeZone,
      phone: clinic.phone ?? (brazilian ? '+55 11 3000-0000' : '+1 201-555-0100'),
      address:
        clinic.address ??
        (brazilian ? 'Rua Exemplo 100, São Paulo (demo)' : '100 Example Street, Newark NJ (demo)'),
    },
    source,
  );
}

/**
 * Chairs, providers (linked to the demo provider logins) with their hours, and the appointment
 * types. What is there already, by name or by linked login, is reused rather than duplicated.
 */
export async function seedDemoClinic(
  ctx: AppContext,
  actor: Actor,
  source: AuditSource,
  plan: DemoProviderPlan[],
): Promise<DemoClinic> {
  const clinic = await completeClinicSettings(ctx, source);
  const names = typeNames[clinic.locale?.startsWith('pt') ? 'pt' : 'en'];
  const chairWord = clinic.locale?.startsWith('pt') ? 'Cadeira' : 'Chair';
  const created = { providers: 0, chairs: 0, types: 0 };

  const chairNames = [1, 2, 3].map((n) => `${chairWord} ${n}`);
  const chairs = await ctx.db.select().from(operatories).where(inArray(operatories.name, chairNames));
  const chairIds: string[] = [];
  for (const name of chairNames) {
    const existing = chairs.find((chair) => chair.name === name);
    if (existing) chairIds.push(existing.id);
    else {
      chairIds.push((await createOperatory(ctx, { name, active: true }, source)).id);
      created.chairs++;
    }
  }

  const linked = await ctx.db
    .select()
    .from(providers)
    .where(
      inArray(
        providers.userId,
        plan.map((member) => member.userId),
      ),
    );
  const demoProviders: DemoClinic['providers'] = [];
  for (const member of plan) {
    const existing = linked.find((row) => row.userId === member.userId);
    if (existing) {
      demoProviders.push({ id: existing.id, hygienist: member.hygienist });
      continue;
    }
    const provider = await createProvider(
      ctx,
      {
        name: member.name,
        title: member.hygienist ? 'Hygienist' : 'DDS',
        color: member.color,
        active: true,
        userId: member.userId,
      },
      source,
    );
    await replaceWorkingHours(
      ctx,
      actor,
      provider.id,
      member.hygienist ? hygienistHours : dentistHours,
      source,
    );
    demoProviders.push({ id: provider.id, hygienist: member.hygienist });
    created.providers++;
  }

  const existingTypes = await ctx.db
    .select()
    .from(appointmentTypes)
    .where(inArray(appointmentTypes.name, Object.values(names)));
  const types: DemoTypeRow[] = [];
  for (const { key, byHygienist, ...fields } of typePlan) {
    const existing = existingTypes.find((row) => row.name === names[key]);
    const row =
      existing ??
      (await createAppointmentType(
        ctx,
        {
          ...fields,
          name: names[key],
          providerIds: demoProviders
            .filter((provider) => byHygienist || !provider.hygienist)
            .map((provider) => provider.id),
        },
        source,
      ));
    if (!existing) created.types++;
    types.push({
      id: row.id,
      key,
      durationMinutes: row.durationMinutes,
      bufferMinutes: row.bufferMinutes,
      priceCents: row.priceCents,
    });
  }
  return { providers: demoProviders, chairIds, types, created };
}
