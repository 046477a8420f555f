// Messages of the audit log screen. Actions, entities and ids stay as recorded: they are codes.
export const audit = {
  title: 'Audit log',
  loadFailedTitle: 'Could not load the audit log',
  empty: 'No events match these filters.',
  filters: {
    label: 'Audit filters',
    actorId: 'Actor id',
    patientId: 'Patient id',
    fromDate: 'From',
    toDate: 'To',
    apply: 'Apply filters',
    clear: 'Clear',
    notUserId: 'Must be a user id (UUID)',
    notPatientId: 'Must be a patient id (UUID)',
    toBeforeFrom: 'Must be on or after the start date',
  },
  table: {
    label: 'Audit events',
    when: 'When',
    actor: 'Actor',
    action: 'Action',
    entity: 'Entity',
    patient: 'Patient',
    ip: 'IP',
    outcome: 'Outcome',
    anonymous: 'anonymous',
  },
  outcomes: {
    success: 'success',
    failure: 'failure',
    denied: 'denied',
  },
} as const;
