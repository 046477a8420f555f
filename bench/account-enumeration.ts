// Whether a password-reset request or a verification resend answers faster for an unknown
// address than for a real account (which would tell a prober the account exists). Prints the
// median answer time of each on PostgreSQL; the two should be within noise of each other.
//   npm run bench -- account-enumeration        (BENCH_DATABASE_URL)
import { buildApp } from '../src/server/app.ts';
import { createAdmin } from '../src/server/modules/users/bootstrap-admin.ts';
import { createBenchDatabase, median } from './support/bench-database.ts';

const rounds = 200;
const database = await createBenchDatabase('topsmile_bench_enumeration');
try {
  const app = await buildApp({ ctx: database.ctx });
  const known = 'bench.admin@clinic.test';
  await createAdmin(database.ctx, { email: known, name: 'Bench Admin', password: 'molar crown bridge 2026' });
  for (const url of ['/api/v1/auth/password-reset/request', '/api/v1/auth/verify-email/resend']) {
    const samples = { known: [] as number[], unknown: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      for (const kind of ['known', 'unknown'] as const) {
        const email = kind === 'known' ? known : `nobody-${round}@clinic.test`;
        const started = performance.now();
        // A fresh address per request, so that the throttle never answers instead.
        await app.inject({
          method: 'POST',
          url,
          payload: { email },
          remoteAddress: `10.77.${round % 250}.${kind === 'known' ? 1 : 2}`,
        });
        samples[kind].push(performance.now() - started);
      }
    }
    console.log(
      `${url}: median ${median(samples.known).toFixed(2)} ms for a real account, ` +
        `${median(samples.unknown).toFixed(2)} ms for an unknown address`,
    );
  }
  await app.close();
} finally {
  await database.drop();
}
