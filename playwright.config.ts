import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { adminEmail, adminPassword } from './e2e/fixtures.ts';
import { chromiumLaunch } from './e2e/support/chromium-launch.ts';

// E2E_PORT lets two runs (say, two worktrees) share a machine.
const port = Number(process.env.E2E_PORT ?? 3917);
const baseURL = `http://127.0.0.1:${port}`;
// The fake Stripe API (test/fake-stripe) the server takes card payments through; its hosted
// Checkout page signs a webhook back to this server.
const stripePort = Number(process.env.E2E_STRIPE_PORT ?? port + 1000);
const stripeWebhookSecret = 'whsec_e2e_fake_stripe';

// Every run starts from an empty database. Workers re-load this file, so the directory made
// by the runner is handed down through the environment instead of being made again.
function freshDataDir(): string {
  const inherited = process.env.TOPSMILE_E2E_DATA_DIR;
  if (inherited) return inherited;
  const created = mkdtempSync(path.join(os.tmpdir(), 'topsmile-e2e-'));
  process.env.TOPSMILE_E2E_DATA_DIR = created;
  // By the runner's exit the web server has been stopped, so nothing holds the directory.
  process.on('exit', () => rmSync(created, { recursive: true, force: true }));
  return created;
}

const browser = { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch };
const clinicWideSpecs = /clinic-settings\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: true,
  // Journeys of a dozen steps against one shared server: on a slow or busy 2-CPU machine a
  // step that takes 1 s on a quiet one takes 3, so the budgets are wide; a real hang still fails.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One server and database for all tests (each test uses its own accounts), and two CPUs on
  // CI: more browsers than this only queue behind the server's password hashing.
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '.ci/reports/e2e.json' }]],
  use: {
    baseURL,
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: clinicWideSpecs,
      use: browser,
    },
    // Specs that change settings every other test reads (the slot step moves every free time)
    // run once the rest have finished, never beside them.
    {
      name: 'clinic-wide settings',
      testMatch: clinicWideSpecs,
      dependencies: ['chromium'],
      use: browser,
    },
  ],
  webServer: [
    {
      command: 'node --import tsx test/fake-stripe/main.ts',
      port: stripePort,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      env: {
        FAKE_STRIPE_PORT: String(stripePort),
        FAKE_STRIPE_HOST: '127.0.0.1',
        FAKE_STRIPE_WEBHOOK_URL: `${baseURL}/api/v1/webhooks/stripe`,
        STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
      },
    },
    // Serves the API and dist/web, rebuilt first when the sources are newer.
    {
      command: 'node scripts/build-web-if-stale.mjs && node --import tsx src/server/main.ts',
      url: `${baseURL}/readyz`,
      reuseExistingServer: false,
      // A cold start rebuilds the web app first, which takes far longer on a busy machine.
      timeout: 180_000,
      // SIGTERM lets the server close PGlite and release its data-directory lock.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        TOPSMILE_DATA_DIR: freshDataDir(),
        LOG_LEVEL: 'warn',
        // The first administrator, whom the tests log in as (e2e/fixtures.ts).
        TOPSMILE_ADMIN_EMAIL: adminEmail,
        TOPSMILE_ADMIN_PASSWORD: adminPassword,
        // Every test's browser calls from 127.0.0.1: the per-IP limit would refuse the suite itself.
        TOPSMILE_RATE_LIMIT_PER_MINUTE: '100000',
        // The load-shedding guard off, as in the API tests: two browsers and the server share two
        // CPUs, and an event-loop stall over 1 s turned a test's request away with 503 server_busy
        // (the guard has its own tests: shed-load.test.ts).
        TOPSMILE_MAX_EVENT_LOOP_DELAY_MS: '0',
        // Mailed links (verification, invitations) must point at this server, not localhost:3000.
        TOPSMILE_PUBLIC_URL: baseURL,
        // Card payments through the fake Stripe above (any sk_test_ key; the secrets must match).
        STRIPE_SECRET_KEY: 'sk_test_e2e_fake_stripe',
        STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
        STRIPE_API_URL: `http://127.0.0.1:${stripePort}`,
      },
    },
  ],
});
