import { parsePeriodText, solarYearContaining, solarYearOfRange, solarYearRange } from '../support/persian-calendar';

/** ICU's Persian calendar (through Intl), an implementation independent of the jalaali-js algorithm the code uses. */
const persian = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

function persianDate(isoDay: string): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(persian.formatToParts(new Date(`${isoDay}T00:00:00Z`)).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('Persian solar years', () => {
  it('start on Nowruz and end on the eve of the next Nowruz for every year from 1300 to 1500, as ICU has them', () => {
    const disagreements: string[] = [];
    for (let year = 1300; year <= 1500; year += 1) {
      const { startsOn, endsOn } = solarYearRange(year);
      const first = persianDate(startsOn);
      const eve = persianDate(addDays(startsOn, -1));
      const last = persianDate(endsOn);
      const next = persianDate(addDays(endsOn, 1));
      const exact =
        first.year === year &&
        first.month === 1 &&
        first.day === 1 &&
        eve.year === year - 1 &&
        last.year === year &&
        last.month === 12 &&
        next.year === year + 1 &&
        next.month === 1 &&
        next.day === 1;
      if (!exact) {
        disagreements.push(`${year}: ${startsOn}..${endsOn}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('make 1403 a leap year from 2024-03-20 to 2025-03-20, and start 1404 on 2025-03-21', () => {
    expect(solarYearRange(1403)).toEqual({ startsOn: '2024-03-20', endsOn: '2025-03-20' });
    expect(solarYearRange(1404).startsOn).toBe('2025-03-21');
    expect(solarYearRange(1402)).toEqual({ startsOn: '2023-03-21', endsOn: '2024-03-19' });
    expect(persianDate('2025-03-20')).toEqual({ year: 1403, month: 12, day: 30 });
  });

  it('recognise a span of days as a solar year only when it is exactly one', () => {
    expect(solarYearOfRange({ startsOn: '2024-03-20', endsOn: '2025-03-20' })).toBe(1403);
    expect(solarYearOfRange({ startsOn: '2024-03-20', endsOn: '2025-03-19' })).toBeNull();
    expect(solarYearOfRange({ startsOn: '2024-01-01', endsOn: '2024-12-31' })).toBeNull();
    expect(solarYearContaining('2025-03-21')).toBe(1404);
  });
});

describe('periods written in a CSV file', () => {
  it('read a solar year, and a date range that is exactly one as that year', () => {
    expect(parsePeriodText('1403')).toEqual({ solarYear: 1403, startsOn: '2024-03-20', endsOn: '2025-03-20' });
    expect(parsePeriodText(' 2024-03-20..2025-03-20 ')).toEqual({ solarYear: 1403, startsOn: '2024-03-20', endsOn: '2025-03-20' });
    expect(parsePeriodText('2024-01-01..2024-12-31')).toEqual({ solarYear: null, startsOn: '2024-01-01', endsOn: '2024-12-31' });
  });

  it('refuse malformed periods with a reason', () => {
    expect(parsePeriodText('1403/04')).toMatch(/neither a solar year/);
    expect(parsePeriodText('2024-02-30..2024-12-31')).toMatch(/not a date/);
    expect(parsePeriodText('2024-12-31..2024-01-01')).toMatch(/ends .* before it starts/);
    expect(parsePeriodText('1600')).toMatch(/outside 1200–1500/);
    expect(parsePeriodText('')).toMatch(/neither a solar year/);
  });
});
