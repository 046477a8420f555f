import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defaultMaxHeapUsedBytes, type PressureLimits } from './http/shed-load.ts';
import { type TrustProxy, TrustProxySetting } from './http/trust-proxy.ts';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const port = z.coerce.number().int().min(0).max(65_535);

const EnvironmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
  ),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TOPSMILE_DATA_DIR: z.string().min(1).default('./data'),
  TOPSMILE_JWT_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  TOPSMILE_AUDIT_KEY: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  TOPSMILE_PUBLIC_URL: optionalText.pipe(z.url().optional()),
  TOPSMILE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  TOPSMILE_HOLD_MINUTES: z.coerce.number().int().min(1).max(120).default(10),
  // Load shedding (503 server_busy with Retry-After); 0 turns a check off. README "Overload".
  TOPSMILE_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  // Off by default: the embedded database runs in this event loop, so a busy but healthy server
  // sits near 1.
  TOPSMILE_MAX_EVENT_LOOP_UTILIZATION: z.coerce.number().min(0).max(1).default(0),
  TOPSMILE_MAX_HEAP_USED_MB: z.coerce.number().int().min(0).optional(),
  TOPSMILE_MAX_RSS_MB: z.coerce.number().int().min(0).default(0),
  TOPSMILE_BUSY_RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  TOPSMILE_TRUST_PROXY: TrustProxySetting,
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  TOPSMILE_ADMIN_EMAIL: optionalText.pipe(z.email('must be an email address').optional()),
  TOPSMILE_ADMIN_PASSWORD: optionalText,
  MAIL_FROM: z.string().default('TopSmile <no-reply@topsmile.local>'),
  STRIPE_SECRET_KEY: optionalText.pipe(z.string().startsWith('sk_', 'must start with sk_').optional()),
  STRIPE_WEBHOOK_SECRET: optionalText.pipe(
    z.string().startsWith('whsec_', 'must start with whsec_').optional(),
  ),
  // Only for tests, development and the browser tests: our fake Stripe API (test/fake-stripe).
  STRIPE_API_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };
  dataDir: string;
  jwtSecret: string;
  auditKey: string;
  publicUrl: string;
  rateLimitPerMinute: number;
  holdMinutes: number;
  /** When to turn requests away as overloaded. */
  pressure: PressureLimits;
  /** Whose X-Forwarded-For to believe for the client's address (rate limits, lockouts, audit). */
  trustProxy: TrustProxy;
  smtpUrl: string | undefined;
  mailFrom: string;
  firstAdmin: { email: string | undefined; password: string | undefined };
  stripe: { secretKey: string; webhookSecret: string | undefined; apiUrl?: string | undefined } | undefined;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads every setting once. Secrets not given are generated and kept in the data directory. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvironmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.TOPSMILE_DATA_DIR);
  if (e.TOPSMILE_ADMIN_PASSWORD && !e.TOPSMILE_ADMIN_EMAIL) {
    throw new ConfigError(['TOPSMILE_ADMIN_PASSWORD: set TOPSMILE_ADMIN_EMAIL as well']);
  }
  if (e.STRIPE_WEBHOOK_SECRET && !e.STRIPE_SECRET_KEY) {
    throw new ConfigError(['STRIPE_WEBHOOK_SECRET: set STRIPE_SECRET_KEY as well']);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    jwtSecret: e.TOPSMILE_JWT_SECRET ?? persistedSecret(dataDir, 'jwt-secret'),
    auditKey: e.TOPSMILE_AUDIT_KEY ?? persistedSecret(dataDir, 'audit-key'),
    publicUrl: e.TOPSMILE_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    rateLimitPerMinute: e.TOPSMILE_RATE_LIMIT_PER_MINUTE,
    holdMinutes: e.TOPSMILE_HOLD_MINUTES,
    pressure: {
      maxEventLoopDelayMs: e.TOPSMILE_MAX_EVENT_LOOP_DELAY_MS,
      maxEventLoopUtilization: e.TOPSMILE_MAX_EVENT_LOOP_UTILIZATION,
      maxHeapUsedBytes:
        e.TOPSMILE_MAX_HEAP_USED_MB === undefined
          ? defaultMaxHeapUsedBytes()
          : e.TOPSMILE_MAX_HEAP_USED_MB * 1_048_576,
      maxRssBytes: e.TOPSMILE_MAX_RSS_MB * 1_048_576,
      retryAfterSeconds: e.TOPSMILE_BUSY_RETRY_AFTER_SECONDS,
      sampleIntervalMs: 1000,
    },
    trustProxy: e.TOPSMILE_TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    firstAdmin: { email: e.TOPSMILE_ADMIN_EMAIL, password: e.TOPSMILE_ADMIN_PASSWORD },
    stripe: e.STRIPE_SECRET_KEY
      ? { secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET, apiUrl: e.STRIPE_API_URL }
      : undefined,
  };
}

// A generated secret must survive restarts (or every session and audit MAC would break),
// so it lives beside the data it protects, readable by the owner only.
function persistedSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, `${name}.txt`);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process sharing the data directory created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readFileSync(file, 'utf8').trim();
  }
}
