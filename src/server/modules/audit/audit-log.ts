import type { Role } from '../../../shared/permissions.ts';
import type { Db } from '../../db/engine.ts';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** Who did it and from where; built once per request from the authenticated actor. */
export type AuditSource = {
  actorId: string | null;
  actorRole: Role | null;
  ip: string | null;
  userAgent: string | null;
};

export type AuditEventInput = AuditSource & {
  /** What was attempted, e.g. `auth.login`, `patients.read`, `users.update`. */
  action: string;
  entity: string;
  entityId?: string | null;
  patientId?: string | null;
  outcome: AuditOutcome;
  /** Small structured context (ids, counts, a search query); never passwords or tokens. */
  detail?: Record<string, unknown>;
};

export type AuditLog = {
  /** Appends one event, chained to the previous one, inside the caller's transaction when given one. */
  record(db: Db, event: AuditEventInput): Promise<void>;
};
