import { randomUUID } from 'node:crypto';
import type { Engine } from '../../db/engine.ts';
import type { AuditEventInput } from './audit-log.ts';

// Shared by the audit module's tests only.

export const testAuditKey = 'audit-test-key-that-is-long-enough-0123456789';

export function sampleAuditEvent(overrides: Partial<AuditEventInput> = {}): AuditEventInput {
  return {
    actorId: randomUUID(),
    actorRole: 'staff',
    ip: '192.0.2.10',
    userAgent: 'Vitest',
    action: 'patients.read',
    entity: 'patient',
    entityId: randomUUID(),
    patientId: randomUUID(),
    outcome: 'success',
    detail: { reason: 'appointment', fields: ['name', 'phone'] },
    ...overrides,
  };
}

/**
 * Runs SQL the way a database owner could behind the application's back: with the
 * append-only triggers switched off for the length of one transaction.
 */
export function tamperAsOwner(engine: Engine, sqlText: string): Promise<void> {
  return engine.rawTransaction((tx) =>
    tx.exec(`
      ALTER TABLE audit_events DISABLE TRIGGER USER;
      ALTER TABLE audit_chain_head DISABLE TRIGGER USER;
      ${sqlText};
      ALTER TABLE audit_events ENABLE TRIGGER USER;
      ALTER TABLE audit_chain_head ENABLE TRIGGER USER;
    `),
  );
}
