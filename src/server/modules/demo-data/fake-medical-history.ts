import type { Faker } from '@faker-js/faker';
import {
  type AlertFlag,
  type Allergy,
  type Condition,
  type MedicalHistoryContent,
  MedicalHistoryInput,
  type Medication,
} from '../../../shared/medical-history.ts';

// Common findings on a dental intake form, with the alert flags a clinician would raise for
// them, so that the badges in the demo agree with the history they come from.
const allergies: { allergy: Omit<Allergy, 'severity'>; flag?: AlertFlag }[] = [
  { allergy: { substance: 'Penicillin', reaction: 'Hives' } },
  { allergy: { substance: 'Amoxicillin', reaction: 'Rash' } },
  { allergy: { substance: 'Latex', reaction: 'Contact dermatitis' }, flag: 'latex_allergy' },
  { allergy: { substance: 'Ibuprofen', reaction: 'Stomach upset' } },
  { allergy: { substance: 'Codeine', reaction: 'Nausea' } },
  { allergy: { substance: 'Articaine', reaction: null } },
];

const medications: { medication: Medication; flag?: AlertFlag }[] = [
  { medication: { name: 'Warfarin', dose: '5 mg', frequency: 'daily', notes: null }, flag: 'anticoagulants' },
  {
    medication: { name: 'Apixaban', dose: '5 mg', frequency: 'twice daily', notes: null },
    flag: 'anticoagulants',
  },
  {
    medication: { name: 'Alendronate', dose: '70 mg', frequency: 'weekly', notes: null },
    flag: 'bisphosphonates',
  },
  {
    medication: { name: 'Metformin', dose: '850 mg', frequency: 'twice daily', notes: null },
    flag: 'diabetes',
  },
  { medication: { name: 'Losartan', dose: '50 mg', frequency: 'daily', notes: null } },
  { medication: { name: 'Levothyroxine', dose: '75 mcg', frequency: 'daily', notes: 'Before breakfast' } },
  { medication: { name: 'Atorvastatin', dose: '20 mg', frequency: 'nightly', notes: null } },
];

const conditions: { name: string; flag?: AlertFlag }[] = [
  { name: 'Hypertension' },
  { name: 'Type 2 diabetes', flag: 'diabetes' },
  { name: 'Asthma' },
  { name: 'Hypothyroidism' },
  { name: 'Artificial heart valve', flag: 'premedication_required' },
  { name: 'Pacemaker', flag: 'pacemaker' },
  { name: 'Hemophilia A', flag: 'bleeding_disorder' },
];

/** A plausible first medical history: a few allergies, medications and conditions, and their alerts. */
export function fakeMedicalHistory(faker: Faker, today: Date): MedicalHistoryContent {
  const flags = new Set<AlertFlag>();
  const picked = <T extends { flag?: AlertFlag }>(options: T[], most: number): T[] => {
    const chosen = faker.helpers.arrayElements(options, { min: 0, max: most });
    for (const option of chosen) if (option.flag) flags.add(option.flag);
    return chosen;
  };
  const since = (): string =>
    faker.date
      .past({ years: 20, refDate: today })
      .toISOString()
      .slice(0, faker.datatype.boolean(0.7) ? 7 : 10);
  const content = MedicalHistoryInput.parse({
    allergies: picked(allergies, 2).map(({ allergy }) => ({
      ...allergy,
      severity: faker.helpers.arrayElement(['mild', 'moderate', 'severe'] as const),
    })),
    medications: picked(medications, 3).map(({ medication }) => medication),
    conditions: picked(conditions, 2).map(({ name }): Condition => ({ name, since: since(), notes: null })),
    alerts: [...flags].map((flag) => ({ flag, note: null })),
    notes: faker.datatype.boolean(0.2)
      ? 'Anxious about injections; prefers topical anaesthetic first.'
      : null,
  });
  return content;
}
