import {
  type InsurancePolicy,
  type Patient,
  patientEditableFields,
  UpdatePatientInput,
} from '../../../../shared/patients.ts';
import { type FieldErrors, formParse, zodFieldErrors } from '../../../forms/field-errors.ts';

/**
 * The profile form as text fields, keyed by the schema path of each (so that zod and
 * problem+json field errors land on them as they are). Insurance is one primary and one
 * secondary policy (`insurance.primary.carrier`); guardian is kept as it is: it has a screen
 * of its own to come.
 */
export const profileFields = [
  'firstName',
  'lastName',
  'preferredName',
  'dateOfBirth',
  'sex',
  'phone',
  'secondaryPhone',
  'email',
  'preferredContact',
  'address.line1',
  'address.line2',
  'address.city',
  'address.region',
  'address.postalCode',
  'address.country',
  'emergencyContact.name',
  'emergencyContact.relationship',
  'emergencyContact.phone',
  ...policyFields('primary'),
  ...policyFields('secondary'),
  'notes',
] as const;
export type ProfileField = (typeof profileFields)[number];

type Priority = InsurancePolicy['priority'];
const priorities = ['primary', 'secondary'] as const satisfies readonly Priority[];
const policyParts = [
  'carrier',
  'plan',
  'memberId',
  'groupNumber',
  'subscriberName',
  'subscriberRelationship',
] as const;
type PolicyPart = (typeof policyParts)[number];

function policyFields<P extends Priority>(priority: P) {
  return [
    `insurance.${priority}.carrier`,
    `insurance.${priority}.plan`,
    `insurance.${priority}.memberId`,
    `insurance.${priority}.groupNumber`,
    `insurance.${priority}.subscriberName`,
    `insurance.${priority}.subscriberRelationship`,
  ] as const;
}
const policyField = (priority: Priority, part: PolicyPart): ProfileField => `insurance.${priority}.${part}`;
export type ProfileFormValues = Record<ProfileField, string>;

type TopLevelKey = keyof UpdatePatientInput;

/** The request member a field belongs to: `address` for `address.city`. */
export function topLevelKey(field: ProfileField): string {
  return field.split('.')[0] ?? field;
}

const text = (value: string | null | undefined) => value ?? '';

export function toProfileFormValues(patient: Patient): ProfileFormValues {
  const primary = policyText(patient, 'primary');
  const secondary = policyText(patient, 'secondary');
  return {
    firstName: patient.firstName,
    lastName: patient.lastName,
    preferredName: text(patient.preferredName),
    dateOfBirth: patient.dateOfBirth,
    sex: text(patient.sex),
    phone: text(patient.phone),
    secondaryPhone: text(patient.secondaryPhone),
    email: text(patient.email),
    preferredContact: text(patient.preferredContact),
    'address.line1': text(patient.address?.line1),
    'address.line2': text(patient.address?.line2),
    'address.city': text(patient.address?.city),
    'address.region': text(patient.address?.region),
    'address.postalCode': text(patient.address?.postalCode),
    'address.country': text(patient.address?.country),
    'emergencyContact.name': text(patient.emergencyContact?.name),
    'emergencyContact.relationship': text(patient.emergencyContact?.relationship),
    'emergencyContact.phone': text(patient.emergencyContact?.phone),
    'insurance.primary.carrier': primary.carrier,
    'insurance.primary.plan': primary.plan,
    'insurance.primary.memberId': primary.memberId,
    'insurance.primary.groupNumber': primary.groupNumber,
    'insurance.primary.subscriberName': primary.subscriberName,
    'insurance.primary.subscriberRelationship': primary.subscriberRelationship,
    'insurance.secondary.carrier': secondary.carrier,
    'insurance.secondary.plan': secondary.plan,
    'insurance.secondary.memberId': secondary.memberId,
    'insurance.secondary.groupNumber': secondary.groupNumber,
    'insurance.secondary.subscriberName': secondary.subscriberName,
    'insurance.secondary.subscriberRelationship': secondary.subscriberRelationship,
    notes: text(patient.notes),
  };
}

type PolicyText = Record<PolicyPart, string>;

function policyText(patient: Patient, priority: Priority): PolicyText {
  const policy = patient.insurance.find((item) => item.priority === priority);
  return {
    carrier: text(policy?.carrier),
    plan: text(policy?.plan),
    memberId: text(policy?.memberId),
    groupNumber: text(policy?.groupNumber),
    subscriberName: text(policy?.subscriberName),
    subscriberRelationship: policy?.subscriberRelationship ?? 'self',
  };
}

/** The policies filled in, primary first; a policy with only its relationship set is none. */
function toInsurance(values: ProfileFormValues) {
  return priorities
    .filter((priority) =>
      policyParts.some(
        (part) => part !== 'subscriberRelationship' && values[policyField(priority, part)].trim() !== '',
      ),
    )
    .map((priority) => ({
      priority,
      ...Object.fromEntries(policyParts.map((part) => [part, values[policyField(priority, part)]])),
    }));
}

const blank = (...values: string[]) => values.every((value) => value.trim() === '');

/** What the form would send for every field, before validation (empty text means "none"). */
function toCandidate(values: ProfileFormValues): Record<TopLevelKey, unknown> {
  const address = blank(
    values['address.line1'],
    values['address.line2'],
    values['address.city'],
    values['address.region'],
    values['address.postalCode'],
    values['address.country'],
  )
    ? null
    : {
        line1: values['address.line1'],
        line2: values['address.line2'],
        city: values['address.city'],
        region: values['address.region'],
        postalCode: values['address.postalCode'],
        ...(values['address.country'].trim() === '' ? {} : { country: values['address.country'] }),
      };
  const emergencyContact = blank(
    values['emergencyContact.name'],
    values['emergencyContact.relationship'],
    values['emergencyContact.phone'],
  )
    ? null
    : {
        name: values['emergencyContact.name'],
        relationship: values['emergencyContact.relationship'],
        phone: values['emergencyContact.phone'],
      };
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    preferredName: values.preferredName,
    dateOfBirth: values.dateOfBirth,
    sex: values.sex === '' ? null : values.sex,
    phone: values.phone,
    secondaryPhone: values.secondaryPhone,
    email: values.email,
    preferredContact: values.preferredContact === '' ? null : values.preferredContact,
    address,
    emergencyContact,
    notes: values.notes,
    insurance: toInsurance(values),
    guardianPatientId: undefined,
    guardianContact: undefined,
    guarantorId: undefined,
  };
}

export type ProfileChanges = { ok: true; changes: UpdatePatientInput } | { ok: false; errors: FieldErrors };

/**
 * The PATCH body: only what differs from the version the edit is based on, so a save never
 * rewrites fields this person did not touch. Validated with the shared schema.
 */
export function profileChanges(base: ProfileFormValues, values: ProfileFormValues): ProfileChanges {
  const before: Record<string, unknown> = toCandidate(base);
  const after = toCandidate(values);
  const changed = Object.fromEntries(
    Object.entries(after).filter(
      ([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key]),
    ),
  );
  const parsed = UpdatePatientInput.safeParse(changed, formParse);
  if (!parsed.success) return { ok: false, errors: policyErrors(zodFieldErrors(parsed.error.issues), after) };
  return { ok: true, changes: parsed.data };
}

/** `insurance.0.memberId` names the field of the policy at that place: `insurance.primary.memberId`. */
function policyErrors(errors: FieldErrors, candidate: Record<TopLevelKey, unknown>): FieldErrors {
  const policies = Array.isArray(candidate.insurance) ? candidate.insurance : [];
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => {
      const match = /^insurance\.(\d+)\.(\w+)$/.exec(path);
      const policy: unknown = match ? policies[Number(match[1])] : undefined;
      const priority =
        typeof policy === 'object' && policy !== null && 'priority' in policy ? policy.priority : undefined;
      return [match && typeof priority === 'string' ? `insurance.${priority}.${match[2]}` : path, message];
    }),
  );
}

/**
 * After someone else saved first: their version, except for the fields this person edited,
 * which keep what they typed. `overlapping` lists the fields both changed, to review.
 */
export function rebaseProfile(
  oldBase: ProfileFormValues,
  newBase: ProfileFormValues,
  values: ProfileFormValues,
  edited: ReadonlySet<ProfileField>,
): { values: ProfileFormValues; overlapping: ProfileField[] } {
  const merged = { ...newBase };
  const overlapping: ProfileField[] = [];
  for (const field of edited) {
    merged[field] = values[field];
    if (oldBase[field] !== newBase[field] && values[field] !== newBase[field]) overlapping.push(field);
  }
  return { values: merged, overlapping };
}

const patientEditable = new Set<string>(patientEditableFields);

/** Patients change their own contact details only (the server refuses the rest). */
export function editableFields(role: string): ProfileField[] {
  if (role !== 'patient') return [...profileFields];
  return profileFields.filter((field) => patientEditable.has(topLevelKey(field)));
}
