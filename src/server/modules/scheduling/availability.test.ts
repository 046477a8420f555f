import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type AvailabilityInput,
  type Busy,
  findOpenSlots,
  type Slot,
  type Weekday,
  type WorkingInterval,
  workingIntervalsOn,
} from './availability.ts';

const newYork = 'America/New_York';
const allWeek: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const mondayToFriday: Weekday[] = [1, 2, 3, 4, 5];

const date = (text: string) => Temporal.PlainDate.from(text);

function hours(
  providerId: string,
  start: string,
  end: string,
  weekdays: Weekday[] = allWeek,
): WorkingInterval[] {
  return weekdays.map((weekday) => ({ providerId, weekday, start, end }));
}

/** A busy interval written in the clinic's local time of one date. */
function busyAt(providerId: string, on: string, start: string, end: string, timeZone = newYork): Busy {
  const local = (time: string) =>
    date(on)
      .toZonedDateTime({ plainTime: Temporal.PlainTime.from(time), timeZone })
      .toInstant();
  return { providerId, start: local(start), end: local(end) };
}

/** Monday 2026-06-01 in New York, one provider working 09:00–12:00 on weekdays, 30-minute slots. */
function availability(overrides: Partial<AvailabilityInput> = {}): AvailabilityInput {
  return {
    timeZone: newYork,
    from: date('2026-06-01'),
    to: date('2026-06-01'),
    providerIds: ['dr-ana'],
    durationMinutes: 30,
    bufferMinutes: 0,
    slotStepMinutes: 30,
    workingHours: hours('dr-ana', '09:00', '12:00', mondayToFriday),
    holidays: [],
    busy: [],
    ...overrides,
  };
}

/** Local start times, "HH:MM". */
function startTimes(slots: Slot[], timeZone = newYork): string[] {
  return slots.map((slot) =>
    slot.start.toZonedDateTimeISO(timeZone).toPlainTime().toString({ smallestUnit: 'minute' }),
  );
}

/** Local start times with their UTC offset, "HH:MM±hh:mm", to tell the two 01:30 of a fall-back night apart. */
function startsWithOffset(slots: Slot[], timeZone: string): string[] {
  return slots.map((slot) =>
    slot.start
      .toZonedDateTimeISO(timeZone)
      .toString({ smallestUnit: 'minute', timeZoneName: 'never' })
      .slice(11),
  );
}

function minutesLong(slot: Slot): number {
  return slot.start.until(slot.end).total('minutes');
}

describe('findOpenSlots on ordinary days', () => {
  it('offers every step of a plain working day, each slot as long as the appointment', () => {
    const slots = findOpenSlots(availability());

    expect(startTimes(slots)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(slots[0]?.start.toString()).toBe('2026-06-01T13:00:00Z');
    expect(slots[0]?.providerId).toBe('dr-ana');
    expect(slots.map(minutesLong)).toEqual([30, 30, 30, 30, 30, 30]);
  });

  it('keeps a slot inside one interval: nothing straddles the lunch break', () => {
    const slots = findOpenSlots(
      availability({
        durationMinutes: 60,
        workingHours: [...hours('dr-ana', '09:00', '12:00'), ...hours('dr-ana', '13:00', '15:00')],
      }),
    );

    expect(startTimes(slots)).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '13:00',
      '13:30',
      '14:00',
    ]);
  });

  it('offers nothing on a holiday', () => {
    const slots = findOpenSlots(availability({ to: date('2026-06-03'), holidays: [date('2026-06-02')] }));

    const dates = new Set(
      slots.map((slot) => slot.start.toZonedDateTimeISO(newYork).toPlainDate().toString()),
    );
    expect([...dates]).toEqual(['2026-06-01', '2026-06-03']);
  });

  it('offers nothing on days without working hours', () => {
    // 2026-06-06 and 07 are a Saturday and a Sunday.
    expect(findOpenSlots(availability({ from: date('2026-06-06'), to: date('2026-06-07') }))).toEqual([]);
  });

  it('respects time off, whole-day or partial', () => {
    const slots = findOpenSlots(
      availability({
        to: date('2026-06-02'),
        busy: [
          busyAt('dr-ana', '2026-06-01', '10:00', '11:00'),
          busyAt('dr-ana', '2026-06-02', '00:00', '23:59'),
        ],
      }),
    );

    expect(startTimes(slots)).toEqual(['09:00', '09:30', '11:00', '11:30']);
  });

  it('blocks an existing appointment with its buffer, and needs the new type’s buffer free', () => {
    // Existing 10:00–10:30 appointment whose 15-minute cleanup the service already added: busy until 10:45.
    // The new type is 30 minutes + 15 of cleanup, so it needs 45 free minutes.
    const slots = findOpenSlots(
      availability({
        slotStepMinutes: 15,
        bufferMinutes: 15,
        busy: [busyAt('dr-ana', '2026-06-01', '10:00', '10:45')],
      }),
    );

    expect(startTimes(slots)).toEqual(['09:00', '09:15', '10:45', '11:00', '11:15']);
    // The slot ends when the appointment does; the buffer is not part of it.
    expect(slots.map(minutesLong)).toEqual([30, 30, 30, 30, 30]);
  });

  it('treats touching intervals as free: an appointment may start as another ends', () => {
    const slots = findOpenSlots(
      availability({
        busy: [
          busyAt('dr-ana', '2026-06-01', '09:00', '09:30'),
          busyAt('dr-ana', '2026-06-01', '10:00', '12:00'),
        ],
      }),
    );

    expect(startTimes(slots)).toEqual(['09:30']);
  });

  it('ignores busy time of other providers and providers not asked for', () => {
    const slots = findOpenSlots(
      availability({
        workingHours: [...hours('dr-ana', '09:00', '10:00'), ...hours('dr-bia', '09:00', '10:00')],
        busy: [busyAt('dr-bia', '2026-06-01', '09:00', '10:00')],
      }),
    );

    expect(slots.map((slot) => slot.providerId)).toEqual(['dr-ana', 'dr-ana']);
  });

  it('applies minimum notice and maximum advance to the start, both inclusive', () => {
    const at = (time: string) => busyAt('', '2026-06-01', time, time).start;

    expect(
      startTimes(findOpenSlots(availability({ notBefore: at('10:00'), notAfter: at('11:00') }))),
    ).toEqual(['10:00', '10:30', '11:00']);
    expect(
      startTimes(findOpenSlots(availability({ notBefore: at('10:10'), notAfter: at('10:59') }))),
    ).toEqual(['10:30']);
  });

  it('anchors the step grid at each working interval’s start, not at midnight', () => {
    const slots = findOpenSlots(
      availability({
        slotStepMinutes: 20,
        workingHours: [...hours('dr-ana', '09:10', '11:00'), ...hours('dr-ana', '13:05', '14:00')],
      }),
    );

    expect(startTimes(slots)).toEqual(['09:10', '09:30', '09:50', '10:10', '10:30', '13:05', '13:25']);
  });

  it('needs duration plus buffer before closing; the buffer may not run past it', () => {
    const oneHour = hours('dr-ana', '09:00', '10:00');

    expect(
      findOpenSlots(availability({ workingHours: oneHour, durationMinutes: 45, bufferMinutes: 20 })),
    ).toEqual([]);
    expect(
      startTimes(
        findOpenSlots(availability({ workingHours: oneHour, durationMinutes: 45, bufferMinutes: 15 })),
      ),
    ).toEqual(['09:00']);
    expect(
      startTimes(
        findOpenSlots(availability({ slotStepMinutes: 15, durationMinutes: 15, bufferMinutes: 10 })),
      ).slice(-2),
    ).toEqual(['11:15', '11:30']);
  });

  it('lets "24:00" close the day', () => {
    const slots = findOpenSlots(availability({ workingHours: hours('dr-ana', '22:00', '24:00') }));

    expect(startTimes(slots)).toEqual(['22:00', '22:30', '23:00', '23:30']);
    expect(slots.at(-1)?.end.toString()).toBe('2026-06-02T04:00:00Z');
  });

  it('sorts by start, then provider id, each slot once even if a provider is listed twice', () => {
    const slots = findOpenSlots(
      availability({
        providerIds: ['dr-bia', 'dr-ana', 'dr-bia'],
        workingHours: [...hours('dr-ana', '09:00', '10:00'), ...hours('dr-bia', '09:30', '10:30')],
      }),
    );

    expect(slots.map((slot) => `${startTimes([slot])[0]} ${slot.providerId}`)).toEqual([
      '09:00 dr-ana',
      '09:30 dr-ana',
      '09:30 dr-bia',
      '10:00 dr-bia',
    ]);
  });
});

describe('findOpenSlots rejects malformed input', () => {
  const rejects = (overrides: Partial<AvailabilityInput>) =>
    expect(() => findOpenSlots(availability(overrides))).toThrow(RangeError);

  it.each([
    ['9:00', '12:00'],
    ['09:00', '12:60'],
    ['24:00', '24:00'],
    ['09:00', '24:30'],
    ['09:00', '25:00'],
    ['12:00', '12:00'],
    ['12:00', '09:00'],
    ['22:00', '02:00'],
  ])('working interval %s–%s', (start, end) => {
    rejects({ workingHours: hours('dr-ana', start, end) });
  });

  it('overlapping working intervals of a provider on a weekday', () => {
    rejects({ workingHours: [...hours('dr-ana', '09:00', '12:00'), ...hours('dr-ana', '11:00', '14:00')] });
  });

  it('a weekday outside 1…7', () => {
    rejects({
      workingHours: [{ providerId: 'dr-ana', weekday: 0 as Weekday, start: '09:00', end: '10:00' }],
    });
  });

  it.each([
    { slotStepMinutes: 0 },
    { slotStepMinutes: 7.5 },
    { durationMinutes: 0 },
    { durationMinutes: -30 },
    { durationMinutes: Number.NaN },
    { bufferMinutes: -5 },
    { bufferMinutes: 2.5 },
  ])('%o', (overrides) => {
    rejects(overrides);
  });

  it('a range ending before it starts, an unknown zone, busy time ending before it starts', () => {
    rejects({ from: date('2026-06-02'), to: date('2026-06-01') });
    rejects({ timeZone: 'Mars/Olympus_Mons' });
    rejects({ busy: [busyAt('dr-ana', '2026-06-01', '11:00', '10:00')] });
  });
});

describe('findOpenSlots across DST changes', () => {
  function night(
    timeZone: string,
    on: string,
    start: string,
    end: string,
    overrides: Partial<AvailabilityInput> = {},
  ) {
    return findOpenSlots(
      availability({
        timeZone,
        from: date(on),
        to: date(on),
        workingHours: hours('dr-ana', start, end),
        ...overrides,
      }),
    );
  }

  describe('spring forward: wall-clock times in the gap are skipped, never moved', () => {
    it('America/New_York 2026-03-08, 02:00→03:00', () => {
      const slots = night(newYork, '2026-03-08', '00:00', '04:00');

      expect(startsWithOffset(slots, newYork)).toEqual([
        '00:00-05:00',
        '00:30-05:00',
        '01:00-05:00',
        '01:30-05:00',
        '03:00-04:00',
        '03:30-04:00',
      ]);
      // 01:30 EST + 30 minutes is 03:00 EDT: the slot is 30 real minutes.
      expect(slots.map(minutesLong)).toEqual([30, 30, 30, 30, 30, 30]);
    });

    it('an interval starting in the gap begins when the gap ends; its grid stays anchored at the nominal start', () => {
      expect(startsWithOffset(night(newYork, '2026-03-08', '02:30', '05:00'), newYork)).toEqual([
        '03:00-04:00',
        '03:30-04:00',
        '04:00-04:00',
        '04:30-04:00',
      ]);
      // Hourly grid from 02:30: 02:30 does not exist and is not moved to 03:00 or 03:30.
      expect(
        startsWithOffset(night(newYork, '2026-03-08', '02:30', '05:00', { slotStepMinutes: 60 }), newYork),
      ).toEqual(['03:30-04:00', '04:30-04:00']);
      const [working] = workingIntervalsOn({
        timeZone: newYork,
        date: date('2026-03-08'),
        providerId: 'dr-ana',
        workingHours: hours('dr-ana', '02:30', '05:00'),
      });
      expect(working?.start.toString()).toBe('2026-03-08T07:00:00Z');
    });

    it('an interval ending in the gap ends when the gap begins', () => {
      const slots = night(newYork, '2026-03-08', '00:00', '02:30', { durationMinutes: 60 });

      // 01:00 EST + 60 real minutes = 03:00 EDT, the end of the gap, which is where the interval ends.
      expect(startsWithOffset(slots, newYork)).toEqual(['00:00-05:00', '00:30-05:00', '01:00-05:00']);
    });

    it('a slot across the gap lasts its real duration', () => {
      const slots = night(newYork, '2026-03-08', '00:00', '06:00', { durationMinutes: 90 });
      const across = slots.find((slot) => startsWithOffset([slot], newYork)[0] === '01:30-05:00');

      expect(across?.end.toZonedDateTimeISO(newYork).toPlainTime().toString()).toBe('04:00:00');
      expect(across && minutesLong(across)).toBe(90);
    });

    it('Europe/Lisbon 2026-03-29, 01:00→02:00', () => {
      expect(
        startsWithOffset(night('Europe/Lisbon', '2026-03-29', '00:00', '03:00'), 'Europe/Lisbon'),
      ).toEqual(['00:00+00:00', '00:30+00:00', '02:00+01:00', '02:30+01:00']);
    });

    it('America/Sao_Paulo 2018-11-04, midnight→01:00: the day starts at 01:00', () => {
      const saoPaulo = 'America/Sao_Paulo';

      expect(startsWithOffset(night(saoPaulo, '2018-11-04', '00:00', '03:00'), saoPaulo)).toEqual([
        '01:00-02:00',
        '01:30-02:00',
        '02:00-02:00',
        '02:30-02:00',
      ]);
      // The evening before runs to "24:00", which that night is 01:00 -02:00.
      const evening = night(saoPaulo, '2018-11-03', '22:00', '24:00');
      expect(startsWithOffset(evening, saoPaulo)).toEqual([
        '22:00-03:00',
        '22:30-03:00',
        '23:00-03:00',
        '23:30-03:00',
      ]);
      expect(evening.at(-1)?.end.toZonedDateTimeISO(saoPaulo).toString()).toBe(
        '2018-11-04T01:00:00-02:00[America/Sao_Paulo]',
      );
    });

    it('Australia/Lord_Howe 2026-10-04, 02:00→02:30 (a 30-minute change)', () => {
      const lordHowe = 'Australia/Lord_Howe';
      const slots = night(lordHowe, '2026-10-04', '01:00', '03:30', {
        slotStepMinutes: 15,
        durationMinutes: 15,
      });

      expect(startsWithOffset(slots, lordHowe)).toEqual([
        '01:00+10:30',
        '01:15+10:30',
        '01:30+10:30',
        '01:45+10:30',
        '02:30+11:00',
        '02:45+11:00',
        '03:00+11:00',
        '03:15+11:00',
      ]);
    });
  });

  describe('fall back: a time that occurs twice is offered once, at its first occurrence', () => {
    it('America/New_York 2026-11-01, 02:00→01:00', () => {
      const slots = night(newYork, '2026-11-01', '00:00', '04:00');

      expect(startsWithOffset(slots, newYork)).toEqual([
        '00:00-04:00',
        '00:30-04:00',
        '01:00-04:00',
        '01:30-04:00',
        '02:00-05:00',
        '02:30-05:00',
        '03:00-05:00',
        '03:30-05:00',
      ]);
      // The interval keeps its real length, 5 hours, so the fit and busy checks see the repeated hour.
      const [working] = workingIntervalsOn({
        timeZone: newYork,
        date: date('2026-11-01'),
        providerId: 'dr-ana',
        workingHours: hours('dr-ana', '00:00', '04:00'),
      });
      expect(working?.start.until(working.end).total('hours')).toBe(5);
    });

    it('busy time in the repeated hour is compared as instants', () => {
      // 01:00–02:00 EST is the second pass of the clock through 01:00–02:00.
      const secondPass: Busy = {
        providerId: 'dr-ana',
        start: Temporal.Instant.from('2026-11-01T01:00:00-05:00'),
        end: Temporal.Instant.from('2026-11-01T02:00:00-05:00'),
      };
      const thirtyMinutes = night(newYork, '2026-11-01', '00:00', '04:00', { busy: [secondPass] });
      const sixtyMinutes = night(newYork, '2026-11-01', '00:00', '04:00', {
        busy: [secondPass],
        durationMinutes: 60,
      });

      // 01:30 EDT + 30 minutes touches 01:00 EST; + 60 minutes runs into it.
      expect(startsWithOffset(thirtyMinutes, newYork)).toContain('01:30-04:00');
      expect(startsWithOffset(sixtyMinutes, newYork)).not.toContain('01:30-04:00');
      expect(startsWithOffset(sixtyMinutes, newYork)).toContain('01:00-04:00');
    });

    it('Europe/Lisbon 2026-10-25, 02:00→01:00', () => {
      expect(
        startsWithOffset(night('Europe/Lisbon', '2026-10-25', '00:00', '03:00'), 'Europe/Lisbon'),
      ).toEqual(['00:00+01:00', '00:30+01:00', '01:00+01:00', '01:30+01:00', '02:00+00:00', '02:30+00:00']);
    });

    it('America/Sao_Paulo 2019-02-16, 24:00→23:00: the evening repeats', () => {
      const saoPaulo = 'America/Sao_Paulo';
      const evening = night(saoPaulo, '2019-02-16', '22:00', '24:00');

      expect(startsWithOffset(evening, saoPaulo)).toEqual([
        '22:00-02:00',
        '22:30-02:00',
        '23:00-02:00',
        '23:30-02:00',
      ]);
      const [working] = workingIntervalsOn({
        timeZone: saoPaulo,
        date: date('2019-02-16'),
        providerId: 'dr-ana',
        workingHours: hours('dr-ana', '22:00', '24:00'),
      });
      expect(working?.start.until(working.end).total('hours')).toBe(3);
    });

    it('Australia/Lord_Howe 2026-04-05, 02:00→01:30', () => {
      const lordHowe = 'Australia/Lord_Howe';

      expect(startsWithOffset(night(lordHowe, '2026-04-05', '00:00', '03:00'), lordHowe)).toEqual([
        '00:00+11:00',
        '00:30+11:00',
        '01:00+11:00',
        '01:30+11:00',
        '02:00+10:30',
        '02:30+10:30',
      ]);
    });
  });

  it.each([
    [newYork, '2026-03-08'],
    [newYork, '2026-11-01'],
    ['Europe/Lisbon', '2026-03-29'],
    ['Europe/Lisbon', '2026-10-25'],
    ['America/Sao_Paulo', '2018-11-04'],
    ['America/Sao_Paulo', '2019-02-16'],
    ['Australia/Lord_Howe', '2026-04-05'],
    ['Australia/Lord_Howe', '2026-10-04'],
  ])('%s %s: clinic hours give the same wall-clock slots as the days around it', (timeZone, changeDay) => {
    const day = date(changeDay);
    const clinic = (on: Temporal.PlainDate) =>
      findOpenSlots(
        availability({
          timeZone,
          from: on,
          to: on,
          slotStepMinutes: 20,
          durationMinutes: 40,
          bufferMinutes: 10,
          workingHours: [...hours('dr-ana', '08:00', '12:00'), ...hours('dr-ana', '13:00', '18:00')],
        }),
      );
    const before = startTimes(clinic(day.subtract({ days: 1 })), timeZone);

    expect(before).toHaveLength(23);
    expect([before[0], before[9], before[10], before.at(-1)]).toEqual(['08:00', '11:00', '13:00', '17:00']);
    expect(startTimes(clinic(day), timeZone)).toEqual(before);
    expect(startTimes(clinic(day.add({ days: 1 })), timeZone)).toEqual(before);
    expect(
      clinic(day)
        .map(minutesLong)
        .every((minutes) => minutes === 40),
    ).toBe(true);
  });

  it('a range across a change equals its days computed one by one', () => {
    const range = availability({
      from: date('2026-10-30'),
      to: date('2026-11-03'),
      workingHours: hours('dr-ana', '00:00', '24:00'),
      slotStepMinutes: 45,
    });
    const dayByDay = [0, 1, 2, 3, 4].flatMap((days) => {
      const on = range.from.add({ days });
      return findOpenSlots({ ...range, from: on, to: on });
    });

    const describe = (slot: Slot) => `${slot.providerId} ${slot.start}–${slot.end}`;
    expect(dayByDay.length).toBeGreaterThan(150);
    expect(findOpenSlots(range).map(describe)).toEqual(dayByDay.map(describe));
  });
});

describe('workingIntervalsOn', () => {
  it.each([
    [newYork, '2026-03-08', 23],
    [newYork, '2026-11-01', 25],
    ['Europe/Lisbon', '2026-03-29', 23],
    ['Europe/Lisbon', '2026-10-25', 25],
    ['America/Sao_Paulo', '2018-11-04', 23],
    ['America/Sao_Paulo', '2019-02-16', 25],
    ['Australia/Lord_Howe', '2026-04-05', 24.5],
    ['Australia/Lord_Howe', '2026-10-04', 23.5],
    ['Asia/Kolkata', '2026-03-08', 24],
  ])('%s %s: 00:00–24:00 lasts the day’s real %s hours', (timeZone, on, hoursLong) => {
    const [whole] = workingIntervalsOn({
      timeZone,
      date: date(on),
      providerId: 'dr-ana',
      workingHours: hours('dr-ana', '00:00', '24:00'),
    });

    expect(whole?.start.until(whole.end).total('hours')).toBe(hoursLong);
    expect(whole?.start.equals(date(on).toZonedDateTime({ timeZone }).toInstant())).toBe(true);
  });

  it('gives the instants of a provider’s intervals on a date, leaving out one wholly in a gap', () => {
    const working = workingIntervalsOn({
      timeZone: newYork,
      date: date('2026-03-08'),
      providerId: 'dr-ana',
      workingHours: [
        ...hours('dr-ana', '09:00', '12:00'),
        ...hours('dr-ana', '02:00', '02:45'),
        ...hours('dr-bia', '08:00', '09:00'),
      ],
    });

    expect(working.map(({ start, end }) => `${start}–${end}`)).toEqual([
      '2026-03-08T13:00:00Z–2026-03-08T16:00:00Z',
    ]);
  });
});
