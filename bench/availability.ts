// `npm run bench -- availability`: time of the pure open-slot computation for the largest
// query the API allows (62 days), 10 providers working 10 hours a day on a 5-minute grid,
// ~300 busy intervals, across New York's spring-forward change. Prints the median of 20 runs,
// of findOpenSlots and of the same computation without building Temporal.Instant objects
// (visitOpenSlots), since those objects are most of the time.
import { Temporal } from 'temporal-polyfill';
import {
  type AvailabilityInput,
  type Busy,
  findOpenSlots,
  visitOpenSlots,
  type Weekday,
  type WorkingInterval,
} from '../src/server/modules/scheduling/availability.ts';

const timeZone = 'America/New_York';
const from = Temporal.PlainDate.from('2026-03-01');
const to = from.add({ days: 61 });
const providerIds = Array.from({ length: 10 }, (_, index) => `provider-${index + 1}`);
const workdays: Weekday[] = [1, 2, 3, 4, 5, 6];
const runs = 20;

// A fixed-seed generator, so that every run and every machine times the same calendar.
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function benchInput(): AvailabilityInput {
  const random = seededRandom(20260301);
  // 08:00–12:30 and 13:30–19:00: ten working hours with a lunch break.
  const workingHours: WorkingInterval[] = providerIds.flatMap((providerId) =>
    workdays.flatMap((weekday) => [
      { providerId, weekday, start: '08:00', end: '12:30' },
      { providerId, weekday, start: '13:30', end: '19:00' },
    ]),
  );
  const busy: Busy[] = Array.from({ length: 300 }, () => {
    const providerId = providerIds[Math.floor(random() * providerIds.length)] ?? 'provider-1';
    const date = from.add({ days: Math.floor(random() * 62) });
    const startMinute = 8 * 60 + 5 * Math.floor(random() * 120);
    const start = date
      .toZonedDateTime({
        timeZone,
        plainTime: new Temporal.PlainTime(Math.floor(startMinute / 60), startMinute % 60),
      })
      .toInstant();
    return { providerId, start, end: start.add({ minutes: 30 + 15 * Math.floor(random() * 5) }) };
  });
  return {
    timeZone,
    from,
    to,
    providerIds,
    durationMinutes: 30,
    bufferMinutes: 10,
    slotStepMinutes: 5,
    workingHours,
    holidays: [Temporal.PlainDate.from('2026-04-03')],
    busy,
  };
}

type Timing = { median: number; min: number; max: number; cpuMedian: number };

/** Wall-clock and process CPU time per run; on a shared machine the CPU figure is the steadier one. */
function medianOf(runs: number, work: () => void): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    wall.push(performance.now() - start);
    const { user, system } = process.cpuUsage(cpuStart);
    cpu.push((user + system) / 1000);
  }
  return { median: median(wall), min: Math.min(...wall), max: Math.max(...wall), cpuMedian: median(cpu) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const format = ({ median, min, max, cpuMedian }: Timing) =>
  `median of ${runs} runs ${median.toFixed(2)} ms (min ${min.toFixed(2)}, max ${max.toFixed(2)}; CPU median ${cpuMedian.toFixed(2)} ms)`;

const input = benchInput();
const coldStart = performance.now();
const slots = findOpenSlots(input);
const coldMs = performance.now() - coldStart;
const withInstants = medianOf(runs, () => findOpenSlots(input));
const withoutInstants = medianOf(runs, () => visitOpenSlots(input, () => true));

console.log(
  `availability: 62 days × ${providerIds.length} providers × 10 h, 5-minute step, ${input.busy.length} busy → ${slots.length} slots`,
);
console.log(`findOpenSlots: ${format(withInstants)}; first, cold run ${coldMs.toFixed(2)} ms`);
console.log(`visitOpenSlots (epoch ms, no Temporal.Instant objects): ${format(withoutInstants)}`);
