import { base, en, en_US, Faker, pt_BR } from '@faker-js/faker';
// The full metadata knows which ranges are mobile; the app's default (smaller) one only checks lengths.
import { type CountryCode, getExampleNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import mobileExamples from 'libphonenumber-js/mobile/examples';
import type { CreatePatientInput, InsurancePolicy } from '../../../shared/patients.ts';

/** One generator per locale: Brazilian and English-speaking names, addresses and words. */
export type DemoFakers = { brazilian: Faker; english: Faker };

export function createDemoFakers(): DemoFakers {
  return {
    brazilian: new Faker({ locale: [pt_BR, en, base] }),
    english: new Faker({ locale: [en_US, en, base] }),
  };
}

/** Seeds both generators, so that the same seed gives the same people. */
export function seedDemoFakers(fakers: DemoFakers, seed: number | number[]): void {
  fakers.brazilian.seed(seed);
  fakers.english.seed(seed);
}

// Obviously invented carriers and member ids: nothing here may look like a real person's policy.
const demoCarriers = ['DemoDent Plus', 'Sorriso Fictício Saúde', 'Acme Dental (demo)', 'OdontoExemplo'];
const relationships = {
  brazilian: { female: 'Mãe', male: 'Pai', other: ['Avó', 'Tia', 'Irmão', 'Amigo'] },
  english: { female: 'Mother', male: 'Father', other: ['Grandmother', 'Aunt', 'Brother', 'Friend'] },
} as const;

/**
 * A mobile number of the country's own mobile ranges, in E.164: libphonenumber's example
 * number with all but its first three digits drawn at random. Those three (the area code and
 * mobile prefix in most plans) stay, as a clinic's patients mostly share its area code; the
 * example alone would make every demo patient share a phone and look like duplicates.
 */
export function fakeMobilePhone(faker: Faker, country: string): string {
  const example = getExampleNumber(country as CountryCode, mobileExamples);
  if (!example) throw new Error(`No example phone number for ${country}`);
  const national = example.nationalNumber;
  for (let attempt = 0; attempt < 100; attempt++) {
    const parsed = parsePhoneNumberWithError(
      national.slice(0, 3) + faker.string.numeric(national.length - 3),
      country as CountryCode,
    );
    const type = parsed.getType();
    if (parsed.isValid() && (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE')) return parsed.number;
  }
  return example.number;
}

function age(dateOfBirth: string, today: Date): number {
  const born = new Date(`${dateOfBirth}T00:00:00Z`);
  let years = today.getUTCFullYear() - born.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < born.getUTCMonth() ||
    (today.getUTCMonth() === born.getUTCMonth() && today.getUTCDate() < born.getUTCDate());
  if (beforeBirthday) years--;
  return years;
}

function fakeInsurance(
  faker: Faker,
  subscriber: { minor: boolean; guardianName: string | undefined },
): InsurancePolicy[] {
  const policy = (priority: 'primary' | 'secondary'): InsurancePolicy => ({
    priority,
    carrier: faker.helpers.arrayElement(demoCarriers),
    plan: faker.helpers.arrayElement(['Basic', 'Plus', 'Premium', null]),
    memberId: `DEMO-${faker.string.alphanumeric({ length: 8, casing: 'upper' })}`,
    groupNumber: faker.datatype.boolean(0.5) ? `G-${faker.string.numeric(5)}` : null,
    subscriberName: subscriber.minor ? (subscriber.guardianName ?? null) : null,
    subscriberRelationship: subscriber.minor ? 'child' : 'self',
  });
  return faker.datatype.boolean(0.2) ? [policy('primary'), policy('secondary')] : [policy('primary')];
}

export type FakePatientOptions = {
  /** The clinic's country: phones valid there, addresses from there. */
  country: string;
  today: Date;
  /** Put into the notes, so that demo records can be told apart (and found again). */
  marker?: string;
};

/**
 * A plausible, entirely invented patient as the API would receive it: names from Brazilian
 * and English locales mixed (mostly the clinic's own), phones valid for the clinic's country,
 * addresses, e-mails at example.* domains, some minors with a guardian contact, some insurance.
 */
export function fakePatientInput(fakers: DemoFakers, options: FakePatientOptions): CreatePatientInput {
  const localNames = options.country === 'BR' ? fakers.brazilian : fakers.english;
  const foreignNames = options.country === 'BR' ? fakers.english : fakers.brazilian;
  const namesFrom = localNames.datatype.boolean(0.8) ? localNames : foreignNames;
  const faker = localNames;
  const locale = namesFrom === fakers.brazilian ? 'brazilian' : 'english';
  const sex = namesFrom.helpers.arrayElement(['female', 'male'] as const);
  const firstName = namesFrom.person.firstName(sex);
  const lastName = namesFrom.person.lastName();
  const minor = faker.datatype.boolean(0.15);
  const born = faker.date.birthdate(
    minor
      ? { mode: 'age', min: 2, max: 17, refDate: options.today }
      : { mode: 'age', min: 18, max: 90, refDate: options.today },
  );
  const dateOfBirth = born.toISOString().slice(0, 10);
  const isMinor = age(dateOfBirth, options.today) < 18;
  const guardianSex = faker.helpers.arrayElement(['female', 'male'] as const);
  const guardianName = isMinor ? `${namesFrom.person.firstName(guardianSex)} ${lastName}` : undefined;
  const input: CreatePatientInput = {
    firstName,
    lastName,
    preferredName: faker.datatype.boolean(0.1) ? namesFrom.person.firstName(sex) : null,
    dateOfBirth,
    sex: faker.datatype.boolean(0.97) ? sex : 'unknown',
    phone: fakeMobilePhone(faker, options.country),
    notes: options.marker ?? null,
  };
  if (faker.datatype.boolean(0.7)) {
    input.email = namesFrom.internet
      .email({
        firstName,
        lastName,
        provider: faker.helpers.arrayElement(['example.com', 'example.org', 'example.net']),
      })
      .toLowerCase();
  }
  if (faker.datatype.boolean(0.15)) input.secondaryPhone = fakeMobilePhone(faker, options.country);
  if (faker.datatype.boolean(0.8)) {
    input.address = {
      line1: faker.location.streetAddress(),
      line2: faker.datatype.boolean(0.3) ? faker.location.secondaryAddress() : null,
      city: faker.location.city(),
      region: faker.location.state({ abbreviated: true }),
      postalCode: faker.location.zipCode(),
      country: options.country,
    };
  }
  if (faker.datatype.boolean(0.3)) {
    input.emergencyContact = {
      name: faker.person.fullName(),
      relationship: faker.helpers.arrayElement(relationships[locale].other),
      phone: fakeMobilePhone(faker, options.country),
    };
  }
  if (isMinor && guardianName) {
    input.guardianContact = {
      name: guardianName,
      relationship: relationships[locale][guardianSex],
      phone: fakeMobilePhone(faker, options.country),
    };
  }
  input.preferredContact = faker.helpers.arrayElement(
    input.email ? (['sms', 'email', 'phone', null] as const) : (['sms', 'phone', null] as const),
  );
  if (faker.datatype.boolean(0.4)) input.insurance = fakeInsurance(faker, { minor: isMinor, guardianName });
  return input;
}
