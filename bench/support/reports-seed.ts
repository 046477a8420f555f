// The reports benchmark's clinic, written in SQL set by set (INSERT … SELECT generate_series):
// row by row from Node, a million visits and their ledger would take most of an hour.
//
// Every row is what the application would have written, minus the audit trail of each posting
// (the reports never read it): visits in free slots (the exclusion constraints stay on and check
// every row), the fee a completion posts (visit_fee, the type's price, on the clinic-local date
// it was posted), payments with gap-free receipt numbers and their ledger rows, refunds of some,
// courtesy discounts, write-offs of old unpaid fees, a few completions undone and redone (a
// reversal and a new fee), and charges posted by hand. No trigger needs to be switched off: the
// ledger's immutability trigger only refuses UPDATE and DELETE, and the seeding only inserts.
// Draws are hashes of a row's number or id rather than random(), so every seeding of the same
// size on the same day builds the same clinic.
import type pg from 'pg';

export type ClinicShape = {
  patients: number;
  appointments: number;
  providers: number;
  timeZone: string;
};

/** The visit grid: each provider has one chair and fixed 20-minute slots, Monday to Saturday. */
const grid = {
  firstSlot: '08:00',
  slotMinutes: 20,
  slotsPerDay: 33, // 08:00–19:00
  daysBeforeToday: 600,
  windowDays: 730,
};

/** Monday to Saturday: the working days of a window of whole and part weeks from a Monday. */
const workingDaysIn = (days: number) => Math.floor(days / 7) * 6 + Math.min(days % 7, 6);

/** Slots the grid offers over the window, all providers together. */
export function gridCapacity(shape: ClinicShape): number {
  return shape.providers * workingDaysIn(grid.windowDays) * grid.slotsPerDay;
}

// Appointment types: short enough for the grid (visit plus clean-up within one 20-minute slot),
// priced as a clinic would; one free follow-up (no fee is posted for it). Weight: share of visits.
const types = [
  { name: 'Check-up', minutes: 20, buffer: 0, priceCents: 9500, weight: 20 },
  { name: 'Cleaning', minutes: 15, buffer: 5, priceCents: 12000, weight: 25 },
  { name: 'Filling', minutes: 20, buffer: 0, priceCents: 18000, weight: 15 },
  { name: 'X-ray', minutes: 15, buffer: 0, priceCents: 6000, weight: 10 },
  { name: 'Consultation', minutes: 15, buffer: 5, priceCents: 7500, weight: 8 },
  { name: 'Follow-up', minutes: 15, buffer: 0, priceCents: 0, weight: 5 },
  { name: 'Sealant', minutes: 15, buffer: 5, priceCents: 5000, weight: 5 },
  { name: 'Extraction', minutes: 20, buffer: 0, priceCents: 25000, weight: 5 },
  { name: 'Whitening', minutes: 20, buffer: 0, priceCents: 35000, weight: 3 },
  { name: 'Crown preparation', minutes: 20, buffer: 0, priceCents: 90000, weight: 2 },
  { name: 'Root canal', minutes: 20, buffer: 0, priceCents: 110000, weight: 2 },
];

const firstNames = (
  'Ana Bruno Carla Daniel Elena Felipe Gabriela Hugo Isabel João Karen Lucas Maria Nathan ' +
  'Olivia Pedro Quinn Rafael Sofia Thiago Ursula Victor Wendy Xavier Yara Zoe Emma Liam ' +
  'Noah Ava Mia Ethan Chloe James Laura Marco Nina Oscar Paula Renata Samuel Tânia Vitor ' +
  'William Beatriz Caio Diego Fernanda Gustavo Helena'
).split(' ');
const lastNames = (
  'Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro ' +
  'Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Smith Johnson Williams ' +
  'Brown Jones Garcia Miller Davis Martinez Hernandez Wilson Anderson Thomas Taylor Moore ' +
  'Jackson White Harris Clark Lewis Robinson Walker Young King Wright Scott Nguyen Hill ' +
  'Green Adams Baker Nelson Mitchell Campbell Roberts'
).split(' ');

const textArray = (values: readonly string[]) =>
  `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ')}]`;

/** The statements, in order, each with a name for the timings. */
function seedStatements(shape: ClinicShape): { name: string; text: string }[] {
  const capacity = gridCapacity(shape);
  if (capacity < shape.appointments)
    throw new Error(`${shape.appointments} visits do not fit ${capacity} slots: add providers`);
  const { patients, appointments, providers, timeZone } = shape;
  const tz = `'${timeZone}'`;
  const typeRows = types
    .map(
      (type, index) =>
        `(${index}, '${type.name}', ${type.minutes}, ${type.buffer}, ${type.priceCents}, ${type.weight})`,
    )
    .join(',\n');
  if (types.reduce((sum, type) => sum + type.weight, 0) !== 100)
    throw new Error('type weights must add up to 100');
  return [
    {
      name: 'session',
      // The seeding's own session: losing it in a crash only loses a bench database.
      text: `SET synchronous_commit = off; SET jit = off; SET maintenance_work_mem = '256MB'; SET work_mem = '256MB'`,
    },
    {
      name: 'draw functions',
      text: `
        -- A number in [0, 1) from a row's number or id and a salt: the same every seeding.
        CREATE FUNCTION pg_temp.draw(n bigint, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
          $$ SELECT (hashint8extended(n, salt) & 4503599627370495)::float8 / 4503599627370496 $$;
        CREATE FUNCTION pg_temp.draw(id uuid, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
          $$ SELECT (hashtextextended(id::text, salt) & 4503599627370495)::float8 / 4503599627370496 $$;
        -- A version-4-shaped id from a name, so that rows can refer to each other by it.
        CREATE FUNCTION pg_temp.bench_id(name text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
          $$ SELECT overlay(overlay(md5(name) placing '4' from 13) placing '8' from 17)::uuid $$;
        CREATE FUNCTION pg_temp.bench_today() RETURNS date LANGUAGE sql STABLE AS
          $$ SELECT (now() AT TIME ZONE ${tz})::date $$;`,
    },
    {
      name: 'clinic',
      text: `UPDATE clinic_settings SET name = 'TopSmile Bench Clinic', time_zone = ${tz}, currency = 'USD'`,
    },
    {
      name: 'providers, chairs, hours, types',
      text: `
        INSERT INTO providers (id, name, title, color)
        SELECT pg_temp.bench_id('provider-' || p),
               'Dr. ' || (${textArray(firstNames)})[1 + p % ${firstNames.length}] || ' '
                      || (${textArray(lastNames)})[1 + (p * 7) % ${lastNames.length}],
               'DDS', '#228be6'
          FROM generate_series(0, ${providers - 1}) p;
        INSERT INTO operatories (id, name)
        SELECT pg_temp.bench_id('chair-' || p), 'Chair ' || (p + 1) FROM generate_series(0, ${providers - 1}) p;
        INSERT INTO working_hours (provider_id, weekday, start_time, end_time)
        SELECT pg_temp.bench_id('provider-' || p), weekday, '08:00', '19:00'
          FROM generate_series(0, ${providers - 1}) p, generate_series(1, 6) weekday;
        CREATE TEMP TABLE bench_types (ord int, name text, minutes int, buffer int, price_cents int, weight int);
        INSERT INTO bench_types VALUES ${typeRows};
        INSERT INTO appointment_types (id, name, duration_minutes, buffer_minutes, price_cents)
        SELECT pg_temp.bench_id('type-' || ord), name, minutes, buffer, price_cents FROM bench_types;
        -- A type per hundredth of [0, 1), as many hundredths as its weight: a visit's type is
        -- an equality join on its draw's hundredth.
        CREATE TEMP TABLE type_pick AS
        SELECT pg_temp.bench_id('type-' || ord) AS id, minutes, buffer, below + share AS hundredth
          FROM (SELECT *, sum(weight) OVER (ORDER BY ord) - weight AS below FROM bench_types) cumulative,
               generate_series(0, weight - 1) share;
        ANALYZE type_pick;`,
    },
    {
      name: `${patients} patients`,
      // Two in five groups of four neighbours are families: three members have the first as
      // guarantor (and share the surname), so an account holds one or four patients.
      text: `
        INSERT INTO patients (id, first_name, last_name, date_of_birth, phone, guarantor_patient_id, created_at, updated_at)
        SELECT pg_temp.bench_id('patient-' || i),
               (${textArray(firstNames)})[1 + (i * 7 + i / 13) % ${firstNames.length}],
               (${textArray(lastNames)})[1 + (CASE WHEN (i / 4) % 5 < 2 THEN i / 4 ELSE i * 11 + i / 17 END) % ${lastNames.length}],
               date '1940-01-01' + (pg_temp.draw(i, 1) * 29000)::int,
               '+1' || (201 + i % 700) || lpad(((i::bigint * 7919) % 10000000)::text, 7, '0'),
               CASE WHEN (i / 4) % 5 < 2 AND i % 4 <> 0 THEN pg_temp.bench_id('patient-' || (i - i % 4)) END,
               now() - interval '3 years', now() - interval '3 years'
          FROM generate_series(0, ${patients - 1}) i`,
    },
    {
      name: `${appointments} appointments`,
      // Visit n takes slot floor(n × capacity / count) of the grid (providers side by side, then
      // slots of a day, then working days), so visits spread evenly over the window and no two
      // share a provider's or a chair's slot. Its patient is n × 7919 mod patients: a patient's
      // visits are whole weeks apart, so no patient is in two places at once either.
      text: `
        INSERT INTO appointments (id, patient_id, provider_id, operatory_id, appointment_type_id, status,
                                  period, blocked, cancelled_at, cancel_reason, created_at, updated_at)
        SELECT pg_temp.bench_id('appointment-' || v.n),
               pg_temp.bench_id('patient-' || ((v.n * 7919) % ${patients})),
               pg_temp.bench_id('provider-' || v.provider),
               CASE WHEN pg_temp.draw(v.n, 3) < 0.97 THEN pg_temp.bench_id('chair-' || v.provider) END,
               t.id, v.status,
               tstzrange(v.starts, v.starts + make_interval(mins => t.minutes)),
               tstzrange(v.starts, v.starts + make_interval(mins => t.minutes + t.buffer)),
               v.cancelled_at,
               CASE WHEN v.status = 'cancelled' THEN 'Patient asked' END,
               least(v.booked_at, now()),
               CASE v.status WHEN 'cancelled' THEN v.cancelled_at
                             WHEN 'completed' THEN v.starts + make_interval(mins => t.minutes)
                             WHEN 'no_show' THEN v.starts + interval '30 minutes'
                             ELSE least(v.booked_at, now()) END
          FROM (
            SELECT s.n, s.provider, s.starts, s.starts - interval '21 days' AS booked_at,
                   st.status,
                   CASE WHEN st.status = 'cancelled'
                        THEN least(now(), s.starts - (0.5 + pg_temp.draw(s.n, 4) * 240) * interval '1 hour') END AS cancelled_at,
                   floor(pg_temp.draw(s.n, 2) * 100)::int AS hundredth
              FROM (
                SELECT n, slot % ${providers} AS provider,
                       ((first_day + ((day / 6) * 7 + day % 6)::int + time '${grid.firstSlot}'
                         + make_interval(mins => (${grid.slotMinutes} * slot_of_day)::int)) AT TIME ZONE ${tz}) AS starts
                  FROM (SELECT pg_temp.bench_today() - ${grid.daysBeforeToday} AS first_day_before) d0
                 CROSS JOIN LATERAL (SELECT first_day_before - (extract(isodow FROM first_day_before)::int - 1) AS first_day) d1
                 CROSS JOIN generate_series(0::bigint, ${appointments - 1}) n
                 CROSS JOIN LATERAL (SELECT n * ${capacity}::bigint / ${appointments} AS slot) s0
                 CROSS JOIN LATERAL (SELECT (slot / ${providers}) / ${grid.slotsPerDay} AS day,
                                            (slot / ${providers}) % ${grid.slotsPerDay} AS slot_of_day) s1
              ) s
              CROSS JOIN LATERAL (
                SELECT CASE WHEN s.starts + interval '${grid.slotMinutes} minutes' <= now() THEN
                         CASE WHEN r < 0.82 THEN 'completed' WHEN r < 0.94 THEN 'cancelled' ELSE 'no_show' END
                       ELSE
                         CASE WHEN r < 0.08 THEN 'cancelled' WHEN r < 0.33 THEN 'confirmed' ELSE 'scheduled' END
                       END AS status
                  FROM (SELECT pg_temp.draw(s.n, 5) AS r) drawn
              ) st
          ) v
          JOIN type_pick t ON t.hundredth = v.hundredth`,
    },
    {
      name: 'visit fees',
      // Most fees are posted as the visit ends; 2% days later, a quarter of those over a week.
      text: `
        CREATE TEMP TABLE visit_fees AS
        SELECT a.id AS appointment_id, a.patient_id, t.price_cents, t.name,
               least(now() - interval '1 minute', upper(a.period) + CASE
                 WHEN pg_temp.draw(a.id, 10) < 0.015 THEN (1 + floor(pg_temp.draw(a.id, 11) * 6)) * interval '1 day'
                 WHEN pg_temp.draw(a.id, 10) < 0.02 THEN (8 + floor(pg_temp.draw(a.id, 11) * 33)) * interval '1 day'
                 ELSE interval '5 minutes' END) AS posted_at
          FROM appointments a JOIN appointment_types t ON t.id = a.appointment_type_id
         WHERE a.status = 'completed' AND t.price_cents > 0;
        INSERT INTO ledger_entries (id, patient_id, kind, amount_cents, currency, description, posted_at, posted_on,
                                    appointment_id, visit_fee)
        SELECT pg_temp.bench_id('fee-' || appointment_id), patient_id, 'charge', price_cents, 'USD', name, posted_at,
               (posted_at AT TIME ZONE ${tz})::date, appointment_id, true
          FROM visit_fees`,
    },
    {
      name: 'payments',
      // 3% of fees are never paid, 3% half paid; the rest in full, 70% at the desk as the visit
      // ends, the others up to 75 days later (some of those not yet: still owed today).
      text: `
        CREATE TEMP TABLE planned_payments AS
        SELECT pg_temp.bench_id('payment-' || appointment_id) AS id, patient_id,
               CASE WHEN pg_temp.draw(appointment_id, 20) < 0.06 THEN price_cents / 2 ELSE price_cents END AS amount_cents,
               CASE WHEN pg_temp.draw(appointment_id, 21) < 0.3 THEN 'cash'
                    WHEN pg_temp.draw(appointment_id, 21) < 0.9 THEN 'card_terminal' ELSE 'check' END AS method,
               posted_at + CASE WHEN pg_temp.draw(appointment_id, 22) < 0.7 THEN interval '3 minutes'
                                ELSE (1 + floor(pg_temp.draw(appointment_id, 23) * 75)) * interval '1 day' END AS settled_at
          FROM visit_fees
         WHERE pg_temp.draw(appointment_id, 20) >= 0.03;
        DELETE FROM planned_payments WHERE settled_at > now();
        INSERT INTO payments (id, patient_id, method, amount_cents, currency, status, receipt_number, created_at, settled_at)
        SELECT id, patient_id, method, amount_cents, 'USD', 'succeeded',
               row_number() OVER (ORDER BY settled_at, id), settled_at, settled_at
          FROM planned_payments;
        UPDATE receipt_counter SET last_number = (SELECT coalesce(max(receipt_number), 0) FROM payments);
        INSERT INTO ledger_entries (id, patient_id, kind, amount_cents, currency, description, posted_at, posted_on, payment_id)
        SELECT pg_temp.bench_id('paid-' || id), patient_id, 'payment', amount_cents, 'USD',
               CASE method WHEN 'cash' THEN 'Cash payment' WHEN 'check' THEN 'Check payment'
                           ELSE 'Card (terminal) payment' END,
               settled_at, (settled_at AT TIME ZONE ${tz})::date, id
          FROM planned_payments`,
    },
    {
      name: 'refunds',
      text: `
        CREATE TEMP TABLE planned_refunds AS
        SELECT pg_temp.bench_id('refund-' || p.id) AS id, p.id AS payment_id, p.patient_id,
               CASE WHEN pg_temp.draw(p.id, 30) < 0.005 THEN p.amount_cents ELSE greatest(1, p.amount_cents / 2) END AS amount_cents,
               CASE WHEN pg_temp.draw(p.id, 31) < 0.5 THEN 'Overpayment' ELSE 'Treatment not carried out' END AS reason,
               p.settled_at + (1 + floor(pg_temp.draw(p.id, 32) * 10)) * interval '1 day' AS settled_at
          FROM planned_payments p
         WHERE pg_temp.draw(p.id, 30) < 0.01;
        DELETE FROM planned_refunds WHERE settled_at > now();
        INSERT INTO refunds (id, payment_id, amount_cents, reason, status, created_at, settled_at)
        SELECT id, payment_id, amount_cents, reason, 'succeeded', settled_at, settled_at FROM planned_refunds;
        INSERT INTO ledger_entries (id, patient_id, kind, amount_cents, currency, description, posted_at, posted_on,
                                    payment_id, refund_id)
        SELECT pg_temp.bench_id('refunded-' || id), patient_id, 'refund', amount_cents, 'USD', 'Refund: ' || reason,
               settled_at, (settled_at AT TIME ZONE ${tz})::date, payment_id, id
          FROM planned_refunds`,
    },
    {
      name: 'adjustments, reversals, hand-posted charges',
      text: `
        -- Courtesy discounts on 3% of fees; half of the fees never paid written off four months on.
        INSERT INTO ledger_entries (patient_id, kind, amount_cents, currency, description, posted_at, posted_on)
        SELECT patient_id, 'adjustment', -greatest(1, price_cents / 10), 'USD', 'Courtesy discount',
               posted_at, (posted_at AT TIME ZONE ${tz})::date
          FROM visit_fees WHERE pg_temp.draw(appointment_id, 40) < 0.03;
        INSERT INTO ledger_entries (patient_id, kind, amount_cents, currency, description, posted_at, posted_on)
        SELECT patient_id, 'adjustment', -price_cents, 'USD', 'Write-off: uncollectable',
               posted_at + interval '120 days', ((posted_at + interval '120 days') AT TIME ZONE ${tz})::date
          FROM visit_fees
         WHERE pg_temp.draw(appointment_id, 20) < 0.03 AND pg_temp.draw(appointment_id, 41) < 0.5
           AND posted_at + interval '120 days' <= now();
        -- One completion in a thousand undone and redone the same day: the fee, its reversal, a new fee.
        INSERT INTO ledger_entries (patient_id, kind, amount_cents, currency, description, posted_at, posted_on,
                                    appointment_id, reverses_entry_id, visit_fee)
        SELECT patient_id, 'charge', -price_cents, 'USD', 'Reversal: ' || name, posted_at + interval '20 seconds',
               ((posted_at + interval '20 seconds') AT TIME ZONE ${tz})::date, appointment_id,
               pg_temp.bench_id('fee-' || appointment_id), true
          FROM visit_fees WHERE pg_temp.draw(appointment_id, 42) < 0.001;
        INSERT INTO ledger_entries (patient_id, kind, amount_cents, currency, description, posted_at, posted_on,
                                    appointment_id, visit_fee)
        SELECT patient_id, 'charge', price_cents, 'USD', name, posted_at + interval '40 seconds',
               ((posted_at + interval '40 seconds') AT TIME ZONE ${tz})::date, appointment_id, true
          FROM visit_fees WHERE pg_temp.draw(appointment_id, 42) < 0.001;
        -- Lab fees posted by hand, tied to no visit.
        INSERT INTO ledger_entries (patient_id, kind, amount_cents, currency, description, posted_at, posted_on)
        SELECT pg_temp.bench_id('patient-' || ((i::bigint * 104729) % ${patients})), 'charge', 8500, 'USD', 'Lab fee',
               at, (at AT TIME ZONE ${tz})::date
          FROM generate_series(0, ${Math.max(1, Math.floor(patients / 20)) - 1}) i
         CROSS JOIN LATERAL (SELECT now() - (pg_temp.draw(i, 43) * ${grid.daysBeforeToday}) * interval '1 day' AS at) posted`,
    },
  ];
}

/** Seeds the clinic on `client`'s database, printing each step's time; returns the seconds taken. */
export async function seedClinic(client: pg.Client, shape: ClinicShape): Promise<number> {
  const started = performance.now();
  for (const statement of seedStatements(shape)) {
    const stepStarted = performance.now();
    await client.query(statement.text);
    console.log(`  seeded ${statement.name}: ${((performance.now() - stepStarted) / 1000).toFixed(1)} s`);
  }
  return (performance.now() - started) / 1000;
}
