import { z } from 'zod';
import { DateOfBirth } from './auth.ts';
import { AlertFlag } from './medical-history.ts';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  text(max)
    .nullable()
    .optional()
    .transform((value) => (value === '' ? null : value));

export const Sex = z.enum(['female', 'male', 'intersex', 'unknown']);
export const ContactChannel = z.enum(['email', 'sms', 'phone', 'mail']);

/** Phones are accepted in any common format and stored E.164 (the clinic's country is the default). */
export const PhoneInput = text(40).min(3, 'Too short');

export const Address = z.strictObject({
  line1: text(200).min(1, 'Required'),
  line2: optionalText(200),
  city: text(100).min(1, 'Required'),
  region: optionalText(100),
  postalCode: optionalText(20),
  country: text(2)
    .regex(/^[A-Za-z]{2}$/, 'Use a two-letter country code')
    .transform((code) => code.toUpperCase())
    .optional(),
});
export type Address = z.infer<typeof Address>;

export const EmergencyContact = z.strictObject({
  name: text(200).min(1, 'Required'),
  relationship: optionalText(100),
  phone: PhoneInput,
});

export const InsurancePolicy = z.strictObject({
  priority: z.enum(['primary', 'secondary']),
  carrier: text(200).min(1, 'Required'),
  plan: optionalText(200),
  memberId: text(100).min(1, 'Required'),
  groupNumber: optionalText(100),
  subscriberName: optionalText(200),
  subscriberRelationship: z.enum(['self', 'spouse', 'child', 'other']).default('self'),
});
export type InsurancePolicy = z.infer<typeof InsurancePolicy>;

export const GuardianContact = z.strictObject({
  name: text(200).min(1, 'Required'),
  relationship: optionalText(100),
  phone: PhoneInput.optional(),
  email: z.email('Must be a valid email address').optional(),
});

const patientFields = {
  firstName: text(100).min(1, 'Required'),
  lastName: text(100).min(1, 'Required'),
  preferredName: optionalText(100),
  dateOfBirth: DateOfBirth,
  sex: Sex.nullable().optional(),
  email: z
    .email('Must be a valid email address')
    .max(254)
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  phone: PhoneInput.nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  secondaryPhone: PhoneInput.nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  address: Address.nullable().optional(),
  emergencyContact: EmergencyContact.nullable().optional(),
  preferredContact: ContactChannel.nullable().optional(),
  notes: optionalText(5000),
  insurance: z
    .array(InsurancePolicy)
    .max(2)
    .refine((policies) => new Set(policies.map((p) => p.priority)).size === policies.length, {
      message: 'At most one primary and one secondary policy',
    })
    .optional(),
  guardianPatientId: z.uuid('Not a patient id').nullable().optional(),
  guardianContact: GuardianContact.nullable().optional(),
};

export const CreatePatientInput = z.strictObject({
  ...patientFields,
  /** Set after the desk has seen the possible-duplicate warning and decided this is someone else. */
  confirmNotDuplicate: z.boolean().optional(),
});
export type CreatePatientInput = z.infer<typeof CreatePatientInput>;

export const UpdatePatientInput = z.strictObject({
  firstName: patientFields.firstName.optional(),
  lastName: patientFields.lastName.optional(),
  preferredName: patientFields.preferredName,
  dateOfBirth: DateOfBirth.optional(),
  sex: patientFields.sex,
  email: patientFields.email,
  phone: patientFields.phone,
  secondaryPhone: patientFields.secondaryPhone,
  address: patientFields.address,
  emergencyContact: patientFields.emergencyContact,
  preferredContact: patientFields.preferredContact,
  notes: patientFields.notes,
  insurance: patientFields.insurance,
  guardianPatientId: patientFields.guardianPatientId,
  guardianContact: patientFields.guardianContact,
  guarantorId: z
    .uuid('Not a patient id')
    .nullable()
    .optional()
    .describe("Who pays: this patient's account becomes the guarantor's (staff only; one level)"),
});
export type UpdatePatientInput = z.infer<typeof UpdatePatientInput>;

/** What a patient may change on their own record from the portal. */
export const patientEditableFields = [
  'preferredName',
  'email',
  'phone',
  'secondaryPhone',
  'address',
  'emergencyContact',
  'preferredContact',
] as const satisfies readonly (keyof UpdatePatientInput)[];

export const PatientAlert = z.object({
  kind: z.enum(['allergy', 'alert', 'condition', 'medication']),
  flag: AlertFlag.optional().describe(
    'Alerts only: the flag, for a client to name it in its language; `other` is named by its label, the note as written',
  ),
  label: z.string(),
  severity: z.enum(['low', 'moderate', 'high']).optional(),
});
export type PatientAlert = z.infer<typeof PatientAlert>;

// Responses are described without input transforms: the serializer cannot run a transform backwards.
const AddressRecord = z.object({
  line1: z.string(),
  line2: z.string().nullable().optional(),
  city: z.string(),
  region: z.string().nullable().optional(),
  postalCode: z.string().nullable().optional(),
  country: z.string().optional(),
});
const EmergencyContactRecord = z.object({
  name: z.string(),
  relationship: z.string().nullable().optional(),
  phone: z.string(),
});
const InsurancePolicyRecord = z.object({
  priority: z.enum(['primary', 'secondary']),
  carrier: z.string(),
  plan: z.string().nullable().optional(),
  memberId: z.string(),
  groupNumber: z.string().nullable().optional(),
  subscriberName: z.string().nullable().optional(),
  subscriberRelationship: z.enum(['self', 'spouse', 'child', 'other']),
});
const GuardianContactRecord = z.object({
  name: z.string(),
  relationship: z.string().nullable().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
});

export const Patient = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
  sex: Sex.nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  secondaryPhone: z.string().nullable(),
  address: AddressRecord.nullable(),
  emergencyContact: EmergencyContactRecord.nullable(),
  preferredContact: ContactChannel.nullable(),
  notes: z.string().nullable(),
  insurance: z.array(InsurancePolicyRecord),
  guardianPatientId: z.uuid().nullable(),
  guardianContact: GuardianContactRecord.nullable(),
  guarantorId: z.uuid().nullable().describe('The patient who pays for this one, when set'),
  accountId: z.uuid().describe('The billing account: the guarantor, else the guardian, else the patient'),
  archived: z.boolean(),
  alerts: z
    .array(PatientAlert)
    .describe('Current allergies and alert flags, from the latest medical history'),
  version: z.int(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  updatedAt: z.string(),
  updatedBy: z.uuid().nullable(),
});
export type Patient = z.infer<typeof Patient>;

export const PatientSummary = Patient.pick({
  id: true,
  firstName: true,
  lastName: true,
  preferredName: true,
  dateOfBirth: true,
  email: true,
  phone: true,
  archived: true,
  alerts: true,
});
export type PatientSummary = z.infer<typeof PatientSummary>;

export const PatientSearchQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  cursor: z.string().max(200).optional(),
});

export const PatientList = z.object({ items: z.array(PatientSummary), nextCursor: z.string().nullable() });

export const DuplicateCandidates = z.object({ candidates: z.array(PatientSummary) });
