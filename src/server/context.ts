import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Db, Engine } from './db/engine.ts';
import type { AuditLog } from './modules/audit/audit-log.ts';
import type { LiveEventHub } from './modules/live-events/live-event-hub.ts';
import type { Mailer } from './modules/mail/mailer.ts';

/** What every module is given: settings and the ports to the outside world. */
export type AppContext = {
  config: Config;
  engine: Engine;
  db: Db;
  audit: AuditLog;
  mailer: Mailer;
  /** The process's one subscription to live appointment events; it listens from the first client on. */
  liveEvents: LiveEventHub;
  /** The process's one logger (Fastify logs through it too). Never give it secrets or patient data. */
  log: Logger;
  /** Injected so that expiry and lockout rules can be tested without waiting. */
  now: () => Date;
};

export async function createAppContext(
  config: Config,
  engine: Engine,
  log: Logger,
  overrides: Partial<Pick<AppContext, 'mailer' | 'now'>> = {},
): Promise<AppContext> {
  const { createAuditLog } = await import('./modules/audit/create-audit-log.ts');
  const { createMailer } = await import('./modules/mail/create-mailer.ts');
  const { createLiveEventHub } = await import('./modules/live-events/live-event-hub.ts');
  return {
    config,
    engine,
    db: engine.db,
    audit: createAuditLog(config.auditKey),
    mailer: overrides.mailer ?? createMailer(config, engine.db, log),
    liveEvents: createLiveEventHub({ engine, db: engine.db, log }),
    log,
    now: overrides.now ?? (() => new Date()),
  };
}
