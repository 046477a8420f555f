import { parseArgs } from 'node:util';
import type { AppContext } from '../../context.ts';
import { seedDemoData } from './seed-demo-data.ts';

export const seedDemoUsage = 'npm run cli -- seed-demo [--patients N]';

const defaultPatients = 200;
const maxPatients = 100_000;

export type SeedDemoRequest = { patients: number };

export function parseSeedDemoArgs(args: string[]): SeedDemoRequest | { problem: string } {
  try {
    const { values } = parseArgs({ args, options: { patients: { type: 'string' } } });
    const patients = values.patients === undefined ? defaultPatients : Number(values.patients);
    if (!Number.isInteger(patients) || patients < 0 || patients > maxPatients) {
      return {
        problem: `--patients must be a whole number from 0 to ${maxPatients}\nUsage: ${seedDemoUsage}`,
      };
    }
    return { patients };
  } catch (error) {
    return { problem: `${(error as Error).message}\nUsage: ${seedDemoUsage}` };
  }
}

/** Seeds as the CLI does, printing the accounts (and a generated password, once). */
export async function runSeedDemoCommand(ctx: AppContext, request: SeedDemoRequest): Promise<number> {
  const password = process.env.TOPSMILE_DEMO_PASSWORD?.trim() || undefined;
  const result = await seedDemoData(ctx, { patients: request.patients, password });
  console.log('Demo staff:');
  for (const member of result.staff) {
    console.log(
      `  ${member.email.padEnd(34)} ${member.role.padEnd(9)} ${member.name}${member.created ? '' : ' (already there)'}`,
    );
  }
  if (result.generatedPassword)
    console.log(`Password of the new demo accounts (shown only now): ${result.generatedPassword}`);
  else if (password && result.staff.some((member) => member.created))
    console.log('Password: the one in TOPSMILE_DEMO_PASSWORD.');
  console.log(
    `Demo patients: ${result.patients.created} created, ${result.patients.existing} already there.`,
  );
  if (result.medicalHistories === undefined)
    console.log('No medical history table in this database: histories skipped.');
  else console.log(`Medical histories: ${result.medicalHistories} created.`);
  const { clinic, week } = result;
  console.log(
    `Set-up: ${clinic.providers} providers, ${clinic.chairs} chairs, ${clinic.types} appointment types created.`,
  );
  if (week.skipped) console.log('This week already has demo appointments: none added.');
  else {
    const states = Object.entries(week.byStatus)
      .map(([status, n]) => `${n} ${status}`)
      .join(', ');
    console.log(
      `This week: ${week.appointments} appointments (${states || 'none'}), ${week.payments} desk payments.`,
    );
  }
  console.log('\nLog in at /login with:');
  if (result.admin) {
    console.log(
      `  ${result.admin.email.padEnd(34)} admin     password (shown only now): ${result.admin.generatedPassword}`,
    );
    console.log('  The administrator is asked to choose a new password at the first login.');
  } else
    console.log(
      '  the administrator account you already have (its password is not stored anywhere readable);',
    );
  const demoPassword = result.generatedPassword
    ? result.generatedPassword
    : password
      ? 'the one in TOPSMILE_DEMO_PASSWORD'
      : 'the one printed when they were first created';
  console.log(`  any demo staff account above (manager, front desk, providers), password: ${demoPassword}`);
  return 0;
}
